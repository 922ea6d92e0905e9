package org.homecoming.server.cooperation.iati;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.homecoming.server.cooperation.IatiActivity;
import org.homecoming.server.cooperation.IatiActivityStatus;
import org.homecoming.server.cooperation.OrganisationRole;
import org.homecoming.server.cooperation.TransactionType;

/**
 * Reads an IATI 2.03 activities file — checked against the schema first, with no DTD or external entity read — into
 * activities: the fields {@link IatiXmlWriter} writes, narratives picked by language (the activity's {@code xml:lang},
 * English by default, and Vietnamese). The memorandum's area is not part of IATI and is left null. A value the
 * programme cannot take names the file, line and field.
 *
 * <pre>{@code
 * List<IatiActivity> theirs = IatiXmlReader.read(bytes, "us-activities.xml");
 * }</pre>
 */
public final class IatiXmlReader {

    private IatiXmlReader() {
    }

    public static List<IatiActivity> read(byte[] xml, String file) {
        IatiSchemaCheck.require(xml, file);
        Node root = parse(xml, file);
        List<IatiActivity> out = new ArrayList<>();
        for (Node a : root.all("iati-activity")) {
            out.add(activity(a, file));
        }
        return out;
    }

    private static IatiActivity activity(Node a, String file) {
        String lang = a.attrs.getOrDefault("lang", "en");
        Node reporting = a.one("reporting-org");
        Map<String, String> title = narratives(a.one("title"), lang);
        Map<String, String> description = a.one("description") == null ? Map.of() : narratives(a.one("description"), lang);
        List<IatiActivity.Participant> participants = new ArrayList<>();
        for (Node p : a.all("participating-org")) {
            participants.add(new IatiActivity.Participant(p.attrs.get("ref"), narratives(p, lang).get("en"),
                    OrganisationRole.of(code(p, "role", file, "participating-org/@role", 1, 4))));
        }
        LocalDate[] dates = new LocalDate[4];
        for (Node d : a.all("activity-date")) {
            int type = code(d, "type", file, "activity-date/@type", 1, 4);
            dates[type - 1] = date(d, "iso-date", file, "activity-date/@iso-date");
        }
        Node location = a.one("location");
        String province = null;
        String before = null;
        if (location != null && location.one("name") != null) {
            province = narratives(location.one("name"), lang).get("en");
            Node desc = location.one("description");
            String text = desc == null ? null : narratives(desc, lang).get("en");
            if (text != null && text.startsWith("before July 2025: ")) {
                before = text.substring("before July 2025: ".length());
            }
        }
        Node sector = a.all("sector").stream().filter(s -> "1".equals(s.attrs.getOrDefault("vocabulary", "1")))
                .findFirst().orElse(null);
        List<IatiActivity.Budget> budgets = new ArrayList<>();
        for (Node b : a.all("budget")) {
            Node v = b.one("value");
            budgets.add(new IatiActivity.Budget(date(b.one("period-start"), "iso-date", file, "budget/period-start"),
                    date(b.one("period-end"), "iso-date", file, "budget/period-end"), amount(v, file, "budget/value"),
                    currency(v, a, file, "budget/value/@currency")));
        }
        List<IatiActivity.Transaction> transactions = new ArrayList<>();
        for (Node t : a.all("transaction")) {
            Node v = t.one("value");
            int type = code(t.one("transaction-type"), "code", file, "transaction/transaction-type/@code", 1, 13);
            TransactionType tt;
            try {
                tt = TransactionType.of(type);
            } catch (IllegalArgumentException e) {
                throw new IatiFileException(file, t.line, "transaction/transaction-type/@code", e.getMessage());
            }
            transactions.add(new IatiActivity.Transaction(tt, date(t.one("transaction-date"), "iso-date", file,
                    "transaction/transaction-date/@iso-date"), amount(v, file, "transaction/value"),
                    currency(v, a, file, "transaction/value/@currency"), organisation(t.one("provider-org"), lang),
                    organisation(t.one("receiver-org"), lang)));
        }
        List<IatiActivity.DocumentLink> documents = new ArrayList<>();
        for (Node d : a.all("document-link")) {
            documents.add(new IatiActivity.DocumentLink(d.attrs.get("url"), narratives(d.one("title"), lang).get("en"),
                    d.one("category").attrs.get("code")));
        }
        List<IatiActivity.RelatedActivity> related = new ArrayList<>();
        for (Node r : a.all("related-activity")) {
            related.add(new IatiActivity.RelatedActivity(code(r, "type", file, "related-activity/@type", 1, 5),
                    r.attrs.get("ref")));
        }
        List<IatiActivity.Result> results = new ArrayList<>();
        for (Node r : a.all("result")) {
            results.add(result(r, lang, file));
        }
        IatiActivityStatus status = IatiActivityStatus.of(code(a.one("activity-status"), "code", file,
                "activity-status/@code", 1, 6));
        return new IatiActivity(a.one("iati-identifier").text.strip(), new IatiActivity.Organisation(
                reporting.attrs.get("ref"), narratives(reporting, lang).get("en")), title.get("vi"), title.get("en"),
                description.get("vi"), description.get("en"), participants, status, dates[0], dates[1], dates[2],
                dates[3], province, before, sector == null ? null : sector.attrs.get("code"), null, budgets, transactions,
                related, documents, results);
    }

    private static IatiActivity.Result result(Node r, String lang, String file) {
        Map<String, String> title = narratives(r.one("title"), lang);
        List<IatiActivity.ResultIndicator> indicators = new ArrayList<>();
        for (Node i : r.all("indicator")) {
            Map<String, String> it = narratives(i.one("title"), lang);
            Node baseline = i.one("baseline");
            List<IatiActivity.ResultPeriod> periods = new ArrayList<>();
            for (Node p : i.all("period")) {
                periods.add(new IatiActivity.ResultPeriod(date(p.one("period-start"), "iso-date", file, "period/period-start"),
                        date(p.one("period-end"), "iso-date", file, "period/period-end"),
                        p.one("target") == null ? null : number(p.one("target"), "value", file, "period/target/@value"),
                        p.one("actual") == null ? null : number(p.one("actual"), "value", file, "period/actual/@value")));
            }
            indicators.add(new IatiActivity.ResultIndicator(it.get("vi"), it.get("en"),
                    baseline == null ? null : code(baseline, "year", file, "baseline/@year", 1, 9999),
                    baseline == null ? null : number(baseline, "value", file, "baseline/@value"), periods));
        }
        return new IatiActivity.Result(code(r, "type", file, "result/@type", 1, 9), title.get("vi"), title.get("en"),
                indicators);
    }

    private static IatiActivity.Organisation organisation(Node o, String lang) {
        return o == null ? null : new IatiActivity.Organisation(o.attrs.get("ref"), narratives(o, lang).get("en"));
    }

    /** The narratives of an element by language: "en" and "vi"; one without a language is the activity's language. */
    private static Map<String, String> narratives(Node n, String defaultLang) {
        Map<String, String> out = new HashMap<>();
        for (Node x : n.all("narrative")) {
            out.putIfAbsent(x.attrs.getOrDefault("lang", defaultLang), x.text);
        }
        return out;
    }

    private static int code(Node n, String attr, String file, String field, int min, int max) {
        String v = n.attrs.get(attr);
        try {
            int c = Integer.parseInt(v == null ? "" : v.strip());
            if (c < min || c > max) {
                throw new IatiFileException(file, n.line, field, "must be " + min + " to " + max + ": " + v);
            }
            return c;
        } catch (NumberFormatException e) {
            throw new IatiFileException(file, n.line, field, "not a code: " + v);
        }
    }

    private static LocalDate date(Node n, String attr, String file, String field) {
        String v = n.attrs.get(attr);
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new IatiFileException(file, n.line, field, "not a date (YYYY-MM-DD): " + v);
        }
    }

    private static BigDecimal amount(Node v, String file, String field) {
        try {
            return new BigDecimal(v.text.strip());
        } catch (NumberFormatException e) {
            throw new IatiFileException(file, v.line, field, "not an amount: " + v.text);
        }
    }

    private static BigDecimal number(Node n, String attr, String file, String field) {
        String v = n.attrs.get(attr);
        if (v == null) {
            return null;
        }
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            throw new IatiFileException(file, n.line, field, "not a number: " + v);
        }
    }

    private static String currency(Node v, Node activity, String file, String field) {
        String c = v.attrs.getOrDefault("currency", activity.attrs.get("default-currency"));
        if (c == null || !c.matches("[A-Z]{3}")) {
            throw new IatiFileException(file, v.line, field, "no ISO 4217 currency here nor a default-currency: " + c);
        }
        return c;
    }

    /** An element with its attributes (by local name), its text, its children, and the line it starts on. */
    private static final class Node {
        final String name;
        final int line;
        final Map<String, String> attrs = new HashMap<>();
        final List<Node> children = new ArrayList<>();
        String text = "";

        Node(String name, int line) {
            this.name = name;
            this.line = line;
        }

        Node one(String child) {
            return children.stream().filter(c -> c.name.equals(child)).findFirst().orElse(null);
        }

        List<Node> all(String child) {
            return children.stream().filter(c -> c.name.equals(child)).toList();
        }
    }

    private static Node parse(byte[] xml, String file) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader r = f.createXMLStreamReader(new ByteArrayInputStream(xml));
            List<Node> stack = new ArrayList<>();
            Node root = null;
            StringBuilder text = new StringBuilder();
            while (r.hasNext()) {
                int event = r.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    Node n = new Node(r.getLocalName(), r.getLocation().getLineNumber());
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        n.attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                    }
                    if (!stack.isEmpty()) {
                        stack.get(stack.size() - 1).children.add(n);
                    } else {
                        root = n;
                    }
                    stack.add(n);
                    text.setLength(0);
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(r.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    Node n = stack.remove(stack.size() - 1);
                    if (n.children.isEmpty()) {
                        n.text = text.toString();
                    }
                    text.setLength(0);
                }
            }
            return root;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            throw new IatiFileException(file, line, "xml", e.getMessage());
        }
    }
}
