package org.homecoming.server.archive.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The records an exchange package carries, one JSON array per kind under {@code records/}. They
 * name each other by reference ({@code ref}), never by database id, which differs per installation.
 *
 * <pre>{@code
 * writer.records("persons", List.of(new ExchangeRecords.PersonRecord(...)));
 * }</pre>
 *
 * <p>Family members travel as the other side may see them ({@code FamilyDisclosure}): in full with
 * consent to share their record, contact details only with consent to share those, DNA profiles
 * only with consent to share genetic data; otherwise as anonymous placeholders.
 */
public final class ExchangeRecords {

    private ExchangeRecords() {
    }

    public record PersonRecord(String ref, String side, String fullName, String familyName, String middleName,
            String givenName, String sex, String birthDate, String homeCommune, String homeDistrict,
            String homeProvince, String serviceNumber, String unit, String rank, String lossDate, String lossPlace,
            Double lossLat, Double lossLon, String circumstances, String burialInfo, String status, String source,
            List<String> aliases) {
    }

    /**
     * A relative of a shared person. {@code consentDna}: their genetic data travels; {@code contact}
     * only with their consent to share contact details; {@code withheld}: an anonymous placeholder of
     * a relative without consent (name, birth year, living, contact and dates null or false).
     */
    public record FamilyRecord(String ref, String familyRef, String personRef, String fullName, String sex,
            Integer birthYear, String relationship, String fatherRef, String motherRef, boolean living,
            boolean consentDna, LocalDate consentDate, String contact, boolean withheld) {
    }

    public record CallRecord(String locus, String allele1, String allele2, String quality) {
    }

    public record ProfileRecord(String memberRef, String sampleRef, String kit, boolean degraded,
            List<CallRecord> calls, String yStr, String mtDna) {
    }

    public record PageRecord(int pageNo, String mediaType, String file, String transcription, String translation,
            String translationLanguage) {
    }

    public record DocumentRecord(String ref, String side, String type, String title, String date, String language,
            String holdingArchive, String archiveReference, String classification, String description,
            List<PageRecord> pages) {
    }

    public record PhotoRecord(String file, String mediaType, String caption) {
    }

    public record ArtifactRecord(String ref, String side, String description, String foundPlace, String foundDate,
            String custodian, String returnStatus, String classification, List<PhotoRecord> photos) {
    }

    /** An answer to a request, with who gave it and when. */
    public record AnswerRecord(String text, String packageSha256, String answeredBy, Instant answeredAt) {
    }

    /**
     * A request between the sides, named by the installation where it was asked and its number there,
     * so that the asking installation recognises its own request when it comes back answered.
     */
    public record RequestRecord(String originInstallation, String originRef, String fromSide, String toSide,
            String subject, String personRef, String about, String details, String status, String requestedBy,
            Instant requestedAt, List<AnswerRecord> answers) {

        /** The key of the request in a package: {@code installation/ref}. */
        public String key() {
            return originInstallation + "/" + originRef;
        }
    }

    public record LinkRecord(String documentRef, Integer pageNo, String passage, String targetType, String personRef,
            String targetText, String linkedBy, Instant linkedAt) {
    }
}
