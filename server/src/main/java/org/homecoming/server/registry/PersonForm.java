package org.homecoming.server.registry;

import org.homecoming.programme.PartialDate;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a user enters to create or change a missing person (web form and API body alike).
 * Simple rules are annotations; rules across fields are in {@link PersonFormValidator}.
 *
 * <pre>{@code
 * PersonForm f = new PersonForm();
 * f.setSide("VN"); f.setFullName("Nguyễn Văn Thành"); f.setSex("M"); f.setSource("Sổ liệt sĩ huyện");
 * }</pre>
 *
 * <p>{@code version} is the version the user saw; required on update. Aliases are one per line or
 * separated by {@code ;}.
 */
public class PersonForm {

    static final String DATE = "\\d{4}(-\\d{2}(-\\d{2})?)?";

    @NotBlank @Pattern(regexp = "VN|US", message = "must be VN or US")
    private String side;
    @NotBlank @Size(max = 300)
    private String fullName;
    @Size(max = 100)
    private String familyName;
    @Size(max = 100)
    private String middleName;
    @Size(max = 100)
    private String givenName;
    @Size(max = 4000)
    private String aliases;
    @NotBlank @Pattern(regexp = "M|F", message = "must be M or F")
    private String sex;
    @Pattern(regexp = DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
    private String birthDate;
    @Size(max = 200)
    private String homeCommune;
    @Size(max = 200)
    private String homeDistrict;
    @Size(max = 200)
    private String homeProvince;
    @Size(max = 64)
    private String serviceNumber;
    @Size(max = 300)
    private String unit;
    @Size(max = 100)
    private String rank;
    @Pattern(regexp = DATE, message = "must be YYYY, YYYY-MM or YYYY-MM-DD")
    private String lossDate;
    @Size(max = 300)
    private String lossPlace;
    @DecimalMin("-90") @DecimalMax("90")
    private Double lossLat;
    @DecimalMin("-180") @DecimalMax("180")
    private Double lossLon;
    @Min(0)
    private Integer lossPrecisionM;
    private String lossAreaWkt;
    @Size(max = 4000)
    private String circumstances;
    @Size(max = 4000)
    private String burialInfo;
    @NotBlank @Pattern(regexp = "MISSING|REMAINS_RECOVERED|UNDER_IDENTIFICATION|IDENTIFIED|FAMILY_NOTIFIED|REBURIED|REPATRIATED",
            message = "is not a status")
    private String status = "MISSING";
    @NotBlank @Size(max = 500)
    private String source;
    private Integer version;

    /** A form filled with a stored person, for editing. */
    public static PersonForm of(MissingPerson p, java.util.List<String> aliasList) {
        PersonForm f = new PersonForm();
        f.side = p.side().name();
        f.fullName = p.fullName();
        f.familyName = p.familyName();
        f.middleName = p.middleName();
        f.givenName = p.givenName();
        f.aliases = String.join("\n", aliasList);
        f.sex = p.sex();
        f.birthDate = p.birthDate();
        f.homeCommune = p.homeCommune();
        f.homeDistrict = p.homeDistrict();
        f.homeProvince = p.homeProvince();
        f.serviceNumber = p.serviceNumber();
        f.unit = p.unit();
        f.rank = p.rank();
        f.lossDate = p.lossDate();
        f.lossPlace = p.lossPlace();
        f.lossLat = p.lossLat();
        f.lossLon = p.lossLon();
        f.lossPrecisionM = p.lossPrecisionM();
        f.lossAreaWkt = p.lossAreaWkt();
        f.circumstances = p.circumstances();
        f.burialInfo = p.burialInfo();
        f.status = p.status().name();
        f.source = p.source();
        f.version = p.version();
        return f;
    }

    /**
     * The person this form describes, each text passed through {@code text} (the form cleans with
     * {@link org.homecoming.server.web.Nfc#clean}; imports pass text they have already checked);
     * years follow from the dates, the present-day province is left to {@link PersonService}.
     * The one place where entered fields become a {@link MissingPerson}.
     */
    public MissingPerson toPerson(long id, String ref, int version, java.util.function.UnaryOperator<String> text) {
        return new MissingPerson(id, ref, org.homecoming.server.security.Side.parse(side), text.apply(fullName),
                text.apply(familyName), text.apply(middleName), text.apply(givenName), sex, birthDate,
                PartialDate.year(birthDate), text.apply(homeCommune), text.apply(homeDistrict), text.apply(homeProvince),
                null, text.apply(serviceNumber), text.apply(unit), text.apply(rank), lossDate, PartialDate.year(lossDate),
                text.apply(lossPlace), lossLat, lossLon, lossPrecisionM, lossAreaWkt, text.apply(circumstances),
                text.apply(burialInfo), PersonStatus.parse(status), text.apply(source), null, version);
    }

    /** The aliases, one per entry, NFC, without blanks. */
    public java.util.List<String> aliasList() {
        if (aliases == null) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(aliases.split("[;\\n\\r]+")).map(org.homecoming.server.web.Nfc::clean)
                .filter(java.util.Objects::nonNull).distinct().toList();
    }

    public String getSide() { return side; }
    public void setSide(String v) { side = v; }
    public String getFullName() { return fullName; }
    public void setFullName(String v) { fullName = v; }
    public String getFamilyName() { return familyName; }
    public void setFamilyName(String v) { familyName = v; }
    public String getMiddleName() { return middleName; }
    public void setMiddleName(String v) { middleName = v; }
    public String getGivenName() { return givenName; }
    public void setGivenName(String v) { givenName = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String v) { aliases = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { sex = v; }
    public String getBirthDate() { return birthDate; }
    public void setBirthDate(String v) { birthDate = emptyToNull(v); }
    public String getHomeCommune() { return homeCommune; }
    public void setHomeCommune(String v) { homeCommune = v; }
    public String getHomeDistrict() { return homeDistrict; }
    public void setHomeDistrict(String v) { homeDistrict = v; }
    public String getHomeProvince() { return homeProvince; }
    public void setHomeProvince(String v) { homeProvince = v; }
    public String getServiceNumber() { return serviceNumber; }
    public void setServiceNumber(String v) { serviceNumber = v; }
    public String getUnit() { return unit; }
    public void setUnit(String v) { unit = v; }
    public String getRank() { return rank; }
    public void setRank(String v) { rank = v; }
    public String getLossDate() { return lossDate; }
    public void setLossDate(String v) { lossDate = emptyToNull(v); }
    public String getLossPlace() { return lossPlace; }
    public void setLossPlace(String v) { lossPlace = v; }
    public Double getLossLat() { return lossLat; }
    public void setLossLat(Double v) { lossLat = v; }
    public Double getLossLon() { return lossLon; }
    public void setLossLon(Double v) { lossLon = v; }
    public Integer getLossPrecisionM() { return lossPrecisionM; }
    public void setLossPrecisionM(Integer v) { lossPrecisionM = v; }
    public String getLossAreaWkt() { return lossAreaWkt; }
    public void setLossAreaWkt(String v) { lossAreaWkt = emptyToNull(v); }
    public String getCircumstances() { return circumstances; }
    public void setCircumstances(String v) { circumstances = v; }
    public String getBurialInfo() { return burialInfo; }
    public void setBurialInfo(String v) { burialInfo = v; }
    public String getStatus() { return status; }
    public void setStatus(String v) { status = v; }
    public String getSource() { return source; }
    public void setSource(String v) { source = v; }
    public Integer getVersion() { return version; }
    public void setVersion(Integer v) { version = v; }

    private static String emptyToNull(String v) {
        return v == null || v.isBlank() ? null : v.strip();
    }
}
