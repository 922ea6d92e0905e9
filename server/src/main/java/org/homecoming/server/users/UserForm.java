package org.homecoming.server.users;

import java.util.ArrayList;
import java.util.List;
import org.homecoming.server.security.UserAccount;

/**
 * The account form of the administration pages: on creation every field, on editing the full
 * name, the roles and the enabled flag (the user name and side of an account never change).
 *
 * <pre>{@code
 * UserForm f = UserForm.of(account);
 * f.setRoles(List.of("LAB_ANALYST"));
 * }</pre>
 */
public class UserForm {

    private String username;
    private String fullName;
    private String side = "VN";
    private List<String> roles = new ArrayList<>();
    private boolean enabled = true;

    static UserForm of(UserAccount a) {
        UserForm f = new UserForm();
        f.username = a.username();
        f.fullName = a.fullName();
        f.side = a.side().name();
        f.roles = new ArrayList<>(a.roles().stream().map(Enum::name).toList());
        f.enabled = a.enabled();
        return f;
    }

    NewUser toNewUser() {
        return new NewUser(username, fullName, roles, side, null);
    }

    AccountChange toChange() {
        return new AccountChange(fullName == null ? "" : fullName, roles, enabled);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getSide() {
        return side;
    }

    public void setSide(String side) {
        this.side = side;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles == null ? new ArrayList<>() : roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }
}
