package org.homecoming.server.archive.pfif;

import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes person records, each with its notes inside, as a PFIF 1.4 document in UTF-8.
 *
 * <pre>{@code
 * new PfifWriter().write(List.of(person), out);
 * // <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person><pfif:person_record_id>…
 * }</pre>
 *
 * <p>Fields follow the order of the specification; empty fields are left out; characters XML 1.0
 * forbids (control characters) are removed.
 */
public final class PfifWriter {

    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD"
            + "\\x{10000}-\\x{10FFFF}]");

    public void write(List<PfifPerson> persons, OutputStream out) {
        try {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.setPrefix("pfif", Pfif.NAMESPACE);
            x.writeStartElement("pfif", "pfif", Pfif.NAMESPACE);
            x.writeNamespace("pfif", Pfif.NAMESPACE);
            for (PfifPerson p : persons) {
                x.writeStartElement("pfif", "person", Pfif.NAMESPACE);
                fields(x, person(p));
                for (PfifNote n : p.notes()) {
                    x.writeStartElement("pfif", "note", Pfif.NAMESPACE);
                    fields(x, note(n.personRecordId() == null ? n.withPersonRecordId(p.personRecordId()) : n));
                    x.writeEndElement();
                }
                x.writeEndElement();
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.flush();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing PFIF failed", e);
        }
    }

    private static void fields(XMLStreamWriter x, Map<String, String> values) throws XMLStreamException {
        for (var e : values.entrySet()) {
            if (e.getValue() != null && !e.getValue().isBlank()) {
                x.writeStartElement("pfif", e.getKey(), Pfif.NAMESPACE);
                x.writeCharacters(NOT_XML.matcher(e.getValue()).replaceAll(""));
                x.writeEndElement();
            }
        }
    }

    private static Map<String, String> person(PfifPerson p) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("person_record_id", p.personRecordId());
        m.put("entry_date", date(p.entryDate()));
        m.put("author_name", p.authorName());
        m.put("source_name", p.sourceName());
        m.put("source_date", date(p.sourceDate()));
        m.put("source_url", p.sourceUrl());
        m.put("full_name", p.fullName());
        m.put("given_name", p.givenName());
        m.put("family_name", p.familyName());
        m.put("alternate_names", p.alternateNames());
        m.put("description", p.description());
        m.put("sex", p.sex());
        m.put("date_of_birth", p.dateOfBirth());
        m.put("home_neighborhood", p.homeNeighborhood());
        m.put("home_city", p.homeCity());
        m.put("home_state", p.homeState());
        m.put("home_country", p.homeCountry());
        return m;
    }

    private static Map<String, String> note(PfifNote n) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("note_record_id", n.noteRecordId());
        m.put("person_record_id", n.personRecordId());
        m.put("author_name", n.authorName());
        m.put("source_date", date(n.sourceDate()));
        m.put("status", n.status());
        m.put("last_known_location", n.lastKnownLocation());
        m.put("text", n.text());
        return m;
    }

    private static String date(Instant t) {
        return t == null ? null : Pfif.formatDate(t);
    }
}
