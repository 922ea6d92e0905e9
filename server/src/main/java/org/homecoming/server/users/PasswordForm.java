package org.homecoming.server.users;

/**
 * The form of a user changing their own password: the current one, the new one twice.
 *
 * <pre>{@code
 * PasswordForm f = new PasswordForm();
 * f.setNewPassword("a long new passphrase");
 * }</pre>
 */
public class PasswordForm {

    private String currentPassword;
    private String newPassword;
    private String confirmation;

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
