package org.homecoming.server.archive.pfif;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The rules of the PFIF 1.4 schema and specification, written out as checks because the XSD is not
 * available offline: root element and namespace, allowed children, each field at most once and in
 * the prescribed order, required fields, record id form, date and value forms.
 */
final class PfifRules {

    private static final String NS = "http://zesty.ca/pfif/1.4";
    private static final List<String> PERSON = List.of("person_record_id", "entry_date", "expiry_date",
            "author_name", "author_email", "author_phone", "source_name", "source_date", "source_url", "full_name",
            "given_name", "family_name", "alternate_names", "description", "sex", "date_of_birth", "age",
            "home_street", "home_neighborhood", "home_city", "home_state", "home_postal_code", "home_country",
            "photo_url", "profile_urls");
    private static final List<String> NOTE = List.of("note_record_id", "person_record_id", "linked_person_record_id",
            "entry_date", "author_name", "author_email", "author_phone", "source_date", "author_made_contact",
            "status", "email_of_found_person", "phone_of_found_person", "last_known_location", "text", "photo_url");
    private static final Set<String> PERSON_REQUIRED = Set.of("person_record_id", "source_date", "full_name");
    private static final Set<String> NOTE_REQUIRED = Set.of("note_record_id", "author_name", "source_date");
    private static final Set<String> DATES = Set.of("entry_date", "expiry_date", "source_date");
    private static final Set<String> IDS = Set.of("person_record_id", "note_record_id", "linked_person_record_id");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+/\\S+");
    private static final Pattern DATE = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])T([01]\\d|2[0-3])"
            + ":[0-5]\\d:[0-5]\\dZ");
    private static final Pattern DOB = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
    private static final Pattern AGE = Pattern.compile("\\d+(-\\d+)?");
    private static final Set<String> STATUS = Set.of("information_sought", "is_note_author", "believed_alive",
            "believed_missing", "believed_dead");

    private PfifRules() {
    }

    /** Every rule the document breaks, as "where: what"; empty when it is valid PFIF 1.4. */
    static List<String> violations(byte[] xml) {
        List<String> out = new ArrayList<>();
        Element root;
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            return List.of("document: not well-formed XML: " + e.getMessage());
        }
        if (!NS.equals(root.getNamespaceURI()) || !"pfif".equals(root.getLocalName())) {
            return List.of("document: root must be {" + NS + "}pfif, is {" + root.getNamespaceURI() + "}"
                    + root.getLocalName());
        }
        for (Element e : children(root)) {
            if ("person".equals(e.getLocalName())) {
                person(e, out);
            } else if ("note".equals(e.getLocalName())) {
                record(e, "note", NOTE, NOTE_REQUIRED, out);
                if (children(e).stream().noneMatch(c -> "person_record_id".equals(c.getLocalName()))) {
                    out.add("note: person_record_id is required outside a person");
                }
            } else {
                out.add("pfif: unexpected element " + e.getLocalName());
            }
        }
        return out;
    }

    private static void person(Element p, List<String> out) {
        List<Element> fields = children(p).stream().filter(c -> !"note".equals(c.getLocalName())).toList();
        List<Element> notes = children(p).stream().filter(c -> "note".equals(c.getLocalName())).toList();
        List<Element> all = children(p);
        if (!notes.isEmpty() && all.indexOf(notes.get(0)) < fields.size()) {
            out.add("person: notes must follow every person field");
        }
        String id = record(fields, "person", PERSON, PERSON_REQUIRED, out);
        for (Element n : notes) {
            record(children(n), "note", NOTE, NOTE_REQUIRED, out);
            String pid = text(children(n), "person_record_id");
            if (pid != null && !pid.equals(id)) {
                out.add("note of " + id + ": person_record_id " + pid + " differs from its person");
            }
        }
    }

    private static String record(Element e, String type, List<String> order, Set<String> required, List<String> out) {
        return record(children(e), type, order, required, out);
    }

    private static String record(List<Element> fields, String type, List<String> order, Set<String> required,
            List<String> out) {
        String where = type + " " + text(fields, type + "_record_id");
        int last = -1;
        for (Element f : fields) {
            String name = f.getLocalName();
            int at = order.indexOf(name);
            if (at < 0 || !NS.equals(f.getNamespaceURI())) {
                out.add(where + ": unknown field " + name);
            } else if (at == last) {
                out.add(where + ": field " + name + " appears twice");
            } else if (at < last) {
                out.add(where + ": field " + name + " is out of order");
            } else {
                last = at;
                value(where, name, f.getTextContent(), out);
            }
        }
        for (String r : required) {
            String v = text(fields, r);
            if (v == null || v.isBlank()) {
                out.add(where + ": required field " + r + " is missing");
            }
        }
        return text(fields, type + "_record_id");
    }

    private static void value(String where, String name, String v, List<String> out) {
        if (IDS.contains(name) && !ID.matcher(v).matches()) {
            out.add(where + ": " + name + " is not domain/id: " + v);
        } else if (DATES.contains(name) && !DATE.matcher(v).matches()) {
            out.add(where + ": " + name + " is not yyyy-mm-ddThh:mm:ssZ: " + v);
        } else if ("sex".equals(name) && !Set.of("female", "male", "other").contains(v)) {
            out.add(where + ": sex is not female, male or other: " + v);
        } else if ("date_of_birth".equals(name) && !DOB.matcher(v).matches()) {
            out.add(where + ": date_of_birth is not YYYY, YYYY-MM or YYYY-MM-DD: " + v);
        } else if ("age".equals(name) && !AGE.matcher(v).matches()) {
            out.add(where + ": age is not a number or range: " + v);
        } else if ("home_country".equals(name) && !v.matches("[A-Z]{2}")) {
            out.add(where + ": home_country is not an ISO 3166-1 code: " + v);
        } else if ("status".equals(name) && !STATUS.contains(v)) {
            out.add(where + ": status is not a PFIF 1.4 note status: " + v);
        } else if ("author_made_contact".equals(name) && !Set.of("true", "false").contains(v)) {
            out.add(where + ": author_made_contact is not true or false: " + v);
        }
    }

    private static String text(List<Element> fields, String name) {
        return fields.stream().filter(f -> name.equals(f.getLocalName())).map(Node::getTextContent).findFirst()
                .orElse(null);
    }

    private static List<Element> children(Element e) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element c) {
                out.add(c);
            }
        }
        return out;
    }
}
