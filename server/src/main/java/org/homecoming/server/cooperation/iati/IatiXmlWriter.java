package org.homecoming.server.cooperation.iati;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.homecoming.server.cooperation.IatiActivity;

/**
 * Writes activities as an IATI 2.03 activities file, elements in the order the schema demands: identifier, reporting
 * organisation (type 10, government), title and description (English, then Vietnamese), participating organisations,
 * status, dates, recipient country Viet Nam, the province as location, the DAC 5 sector, budgets, transactions,
 * documents, related activities and results. What is unknown is left out where the schema allows it; the schema's
 * required description falls back on the title.
 *
 * <pre>{@code
 * byte[] xml = IatiXmlWriter.write(activities, OffsetDateTime.now());
 * }</pre>
 */
public final class IatiXmlWriter {

    static final String VERSION = "2.03";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String GOVERNMENT = "10";

    private IatiXmlWriter() {
    }

    public static byte[] write(List<IatiActivity> activities, OffsetDateTime generated) {
        if (activities.isEmpty()) {
            throw new IllegalArgumentException("an IATI activities file holds at least one activity");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            w.writeStartElement("iati-activities");
            w.writeAttribute("version", VERSION);
            w.writeAttribute("generated-datetime", stamp(generated));
            for (IatiActivity a : activities) {
                activity(w, a, generated);
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the IATI file", e);
        }
        return out.toByteArray();
    }

    private static String stamp(OffsetDateTime t) {
        return t.withOffsetSameInstant(ZoneOffset.UTC).withNano(0).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void activity(XMLStreamWriter w, IatiActivity a, OffsetDateTime generated) throws XMLStreamException {
        List<IatiActivity.Participant> participants = a.participants();
        if (participants.isEmpty()) {
            throw new IllegalArgumentException(a.identifier() + ": participants: IATI needs at least one participating"
                    + " organisation");
        }
        if (a.plannedStart() == null && a.actualStart() == null && a.plannedEnd() == null && a.actualEnd() == null) {
            throw new IllegalArgumentException(a.identifier() + ": plannedStart: IATI needs at least one activity date");
        }
        String currency = a.budgets().isEmpty() ? a.transactions().isEmpty() ? "USD"
                : a.transactions().get(0).currency() : a.budgets().get(0).currency();
        line(w, 1);
        w.writeStartElement("iati-activity");
        w.writeAttribute("last-updated-datetime", stamp(generated));
        w.writeAttribute("xml", XML_NS, "lang", "en");
        w.writeAttribute("default-currency", currency);
        text(w, 2, "iati-identifier", a.identifier());
        line(w, 2);
        w.writeStartElement("reporting-org");
        w.writeAttribute("ref", a.reportingOrg().ref());
        w.writeAttribute("type", GOVERNMENT);
        narratives(w, a.reportingOrg().name(), null);
        w.writeEndElement();
        line(w, 2);
        w.writeStartElement("title");
        narratives(w, a.titleEn(), a.titleVi());
        w.writeEndElement();
        line(w, 2);
        w.writeStartElement("description");
        w.writeAttribute("type", "1");
        boolean described = a.descriptionEn() != null || a.descriptionVi() != null;
        narratives(w, described ? a.descriptionEn() : a.titleEn(), described ? a.descriptionVi() : a.titleVi());
        w.writeEndElement();
        for (IatiActivity.Participant p : participants) {
            line(w, 2);
            w.writeStartElement("participating-org");
            if (p.ref() != null) {
                w.writeAttribute("ref", p.ref());
            }
            w.writeAttribute("role", String.valueOf(p.role().code()));
            narratives(w, p.name(), null);
            w.writeEndElement();
        }
        empty(w, 2, "activity-status", "code", String.valueOf(a.status().code()));
        date(w, "1", a.plannedStart());
        date(w, "2", a.actualStart());
        date(w, "3", a.plannedEnd());
        date(w, "4", a.actualEnd());
        line(w, 2);
        w.writeEmptyElement("recipient-country");
        w.writeAttribute("code", "VN");
        w.writeAttribute("percentage", "100");
        if (a.province() != null) {
            line(w, 2);
            w.writeStartElement("location");
            w.writeStartElement("name");
            narratives(w, a.province(), null);
            w.writeEndElement();
            if (a.provinceBefore() != null) {
                w.writeStartElement("description");
                narratives(w, "before July 2025: " + a.provinceBefore(), "trước tháng 7/2025: " + a.provinceBefore());
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        if (a.sectorCode() != null) {
            line(w, 2);
            w.writeEmptyElement("sector");
            w.writeAttribute("vocabulary", "1");
            w.writeAttribute("code", a.sectorCode());
        }
        for (IatiActivity.Budget b : a.budgets()) {
            line(w, 2);
            w.writeStartElement("budget");
            w.writeAttribute("type", "1");
            w.writeAttribute("status", "1");
            empty(w, 3, "period-start", "iso-date", b.periodStart().toString());
            empty(w, 3, "period-end", "iso-date", b.periodEnd().toString());
            value(w, b.value(), b.currency(), b.periodStart());
            w.writeEndElement();
        }
        for (IatiActivity.Transaction t : a.transactions()) {
            line(w, 2);
            w.writeStartElement("transaction");
            empty(w, 3, "transaction-type", "code", String.valueOf(t.type().code()));
            empty(w, 3, "transaction-date", "iso-date", t.date().toString());
            value(w, t.value(), t.currency(), t.date());
            organisation(w, "provider-org", t.provider());
            organisation(w, "receiver-org", t.receiver());
            w.writeEndElement();
        }
        for (IatiActivity.DocumentLink d : a.documents()) {
            line(w, 2);
            w.writeStartElement("document-link");
            w.writeAttribute("url", d.url());
            w.writeAttribute("format", d.url().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? "application/pdf"
                    : "text/html");
            w.writeStartElement("title");
            narratives(w, d.title(), null);
            w.writeEndElement();
            w.writeEmptyElement("category");
            w.writeAttribute("code", d.category());
            w.writeEndElement();
        }
        for (IatiActivity.RelatedActivity r : a.related()) {
            line(w, 2);
            w.writeEmptyElement("related-activity");
            w.writeAttribute("ref", r.identifier());
            w.writeAttribute("type", String.valueOf(r.type()));
        }
        for (IatiActivity.Result r : a.results()) {
            result(w, r);
        }
        line(w, 1);
        w.writeEndElement();
    }

    private static void result(XMLStreamWriter w, IatiActivity.Result r) throws XMLStreamException {
        line(w, 2);
        w.writeStartElement("result");
        w.writeAttribute("type", String.valueOf(r.type()));
        w.writeStartElement("title");
        narratives(w, r.titleEn(), r.titleVi());
        w.writeEndElement();
        for (IatiActivity.ResultIndicator i : r.indicators()) {
            w.writeStartElement("indicator");
            w.writeAttribute("measure", "1");
            w.writeStartElement("title");
            narratives(w, i.titleEn(), i.titleVi());
            w.writeEndElement();
            if (i.baselineYear() != null) {
                w.writeEmptyElement("baseline");
                w.writeAttribute("year", String.valueOf(i.baselineYear()));
                if (i.baseline() != null) {
                    w.writeAttribute("value", plain(i.baseline()));
                }
            }
            for (IatiActivity.ResultPeriod p : i.periods()) {
                w.writeStartElement("period");
                w.writeEmptyElement("period-start");
                w.writeAttribute("iso-date", p.start().toString());
                w.writeEmptyElement("period-end");
                w.writeAttribute("iso-date", p.end().toString());
                if (p.target() != null) {
                    w.writeEmptyElement("target");
                    w.writeAttribute("value", plain(p.target()));
                }
                if (p.actual() != null) {
                    w.writeEmptyElement("actual");
                    w.writeAttribute("value", plain(p.actual()));
                }
                w.writeEndElement();
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private static void organisation(XMLStreamWriter w, String element, IatiActivity.Organisation o)
            throws XMLStreamException {
        if (o == null) {
            return;
        }
        w.writeStartElement(element);
        if (o.ref() != null) {
            w.writeAttribute("ref", o.ref());
        }
        if (o.name() != null) {
            narratives(w, o.name(), null);
        }
        w.writeEndElement();
    }

    private static void value(XMLStreamWriter w, BigDecimal v, String currency, LocalDate valueDate)
            throws XMLStreamException {
        w.writeStartElement("value");
        w.writeAttribute("currency", currency);
        w.writeAttribute("value-date", valueDate.toString());
        w.writeCharacters(plain(v));
        w.writeEndElement();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static void date(XMLStreamWriter w, String type, LocalDate d) throws XMLStreamException {
        if (d != null) {
            line(w, 2);
            w.writeEmptyElement("activity-date");
            w.writeAttribute("type", type);
            w.writeAttribute("iso-date", d.toString());
        }
    }

    /** English narrative (no language attribute: the activity's default), then the Vietnamese one when given. */
    private static void narratives(XMLStreamWriter w, String en, String vi) throws XMLStreamException {
        if (en != null) {
            w.writeStartElement("narrative");
            w.writeCharacters(en);
            w.writeEndElement();
        }
        if (vi != null) {
            w.writeStartElement("narrative");
            w.writeAttribute("xml", XML_NS, "lang", "vi");
            w.writeCharacters(vi);
            w.writeEndElement();
        }
    }

    private static void text(XMLStreamWriter w, int depth, String element, String value) throws XMLStreamException {
        line(w, depth);
        w.writeStartElement(element);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static void empty(XMLStreamWriter w, int depth, String element, String attribute, String value)
            throws XMLStreamException {
        line(w, depth);
        w.writeEmptyElement(element);
        w.writeAttribute(attribute, value);
    }

    /** A new line and indentation, so that a reader's error points at one element's line. */
    private static void line(XMLStreamWriter w, int depth) throws XMLStreamException {
        w.writeCharacters("\n" + "  ".repeat(depth));
    }
}
