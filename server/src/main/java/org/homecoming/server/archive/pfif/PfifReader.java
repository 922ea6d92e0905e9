package org.homecoming.server.archive.pfif;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PFIF 1.4 document into person records with their notes; notes written at the top level
 * are attached to their person by {@code person_record_id}.
 *
 * <pre>{@code
 * List<PfifPerson> persons = new PfifReader().read(in);
 * }</pre>
 *
 * <p>Elements of other namespaces and PFIF fields Homecoming does not keep (photos, e-mail,
 * phone) are skipped. A document of another PFIF version, a record missing a required field or
 * with a value of the wrong form is refused with an {@link IllegalArgumentException} giving the
 * line. External entities and DTDs are not read.
 */
public final class PfifReader {

    public List<PfifPerson> read(InputStream in) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        try {
            XMLStreamReader x = f.createXMLStreamReader(in);
            x.nextTag();
            if (!Pfif.NAMESPACE.equals(x.getNamespaceURI()) || !"pfif".equals(x.getLocalName())) {
                throw new IllegalArgumentException("not a PFIF 1.4 document: root element is {" + x.getNamespaceURI()
                        + "}" + x.getLocalName() + ", expected {" + Pfif.NAMESPACE + "}pfif");
            }
            return records(x);
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("PFIF is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private List<PfifPerson> records(XMLStreamReader x) throws XMLStreamException {
        List<PfifPerson> persons = new ArrayList<>();
        List<PfifNote> loose = new ArrayList<>();
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            int line = x.getLocation().getLineNumber();
            if (isPfif(x, "person")) {
                persons.add(person(x, line));
            } else if (isPfif(x, "note")) {
                loose.add(note(fields(x, null), line, null));
            } else {
                skip(x);
            }
        }
        return attach(persons, loose);
    }

    private PfifPerson person(XMLStreamReader x, int line) throws XMLStreamException {
        List<Map<String, String>> nested = new ArrayList<>();
        Map<String, String> v = fields(x, nested);
        try {
            List<PfifNote> notes = new ArrayList<>();
            for (Map<String, String> n : nested) {
                notes.add(note(n, line, v.get("person_record_id")));
            }
            return new PfifPerson(v.get("person_record_id"), date(v, "entry_date"), v.get("author_name"),
                    v.get("source_name"), date(v, "source_date"), v.get("source_url"), v.get("full_name"),
                    v.get("given_name"), v.get("family_name"), v.get("alternate_names"), v.get("description"),
                    v.get("sex"), v.get("date_of_birth"), v.get("home_neighborhood"), v.get("home_city"),
                    v.get("home_state"), v.get("home_country"), notes);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PFIF person at line " + line + ": " + e.getMessage(), e);
        }
    }

    private static PfifNote note(Map<String, String> v, int line, String enclosing) {
        try {
            String person = v.get("person_record_id");
            if (enclosing != null && person != null && !person.equals(enclosing)) {
                throw new IllegalArgumentException("person_record_id " + person + " differs from the enclosing person "
                        + enclosing);
            }
            if (enclosing == null && person == null) {
                throw new IllegalArgumentException("person_record_id is required for a note outside a person: null");
            }
            return new PfifNote(v.get("note_record_id"), person == null ? enclosing : person, v.get("author_name"),
                    date(v, "source_date"), v.get("status"), v.get("last_known_location"), v.get("text"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PFIF note at line " + line + ": " + e.getMessage(), e);
        }
    }

    /** The text of each PFIF child element; nested notes go to {@code notes} when given. */
    private Map<String, String> fields(XMLStreamReader x, List<Map<String, String>> notes) throws XMLStreamException {
        Map<String, String> v = new HashMap<>();
        while (x.nextTag() == XMLStreamConstants.START_ELEMENT) {
            if (notes != null && isPfif(x, "note")) {
                notes.add(fields(x, null));
            } else if (Pfif.NAMESPACE.equals(x.getNamespaceURI())) {
                String name = x.getLocalName();
                String text = x.getElementText().strip();
                if (v.putIfAbsent(name, text.isEmpty() ? null : text) != null) {
                    throw new IllegalArgumentException("PFIF field " + name + " appears twice at line "
                            + x.getLocation().getLineNumber());
                }
            } else {
                skip(x);
            }
        }
        return v;
    }

    private static List<PfifPerson> attach(List<PfifPerson> persons, List<PfifNote> loose) {
        if (loose.isEmpty()) {
            return persons;
        }
        List<PfifPerson> out = new ArrayList<>();
        for (PfifPerson p : persons) {
            List<PfifNote> notes = new ArrayList<>(p.notes());
            loose.stream().filter(n -> n.personRecordId().equals(p.personRecordId())).forEach(notes::add);
            out.add(p.withNotes(notes));
        }
        return out;
    }

    private static Instant date(Map<String, String> v, String field) {
        String s = v.get(field);
        return s == null ? null : Pfif.parseDate(field, s);
    }

    private static boolean isPfif(XMLStreamReader x, String name) {
        return Pfif.NAMESPACE.equals(x.getNamespaceURI()) && name.equals(x.getLocalName());
    }

    private static void skip(XMLStreamReader x) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int e = x.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }
}
