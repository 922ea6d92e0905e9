package org.homecoming.server.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;

/**
 * The index's fields and the mapping between a {@link PersonDocument} and a Lucene document.
 *
 * <pre>{@code
 * writer.updateDocument(PersonFields.idTerm(d.id()), PersonFields.toLucene(d));
 * }</pre>
 *
 * <p>Text fields index words only (no positions, no length norms), so a person with many aliases
 * scores the same on a word as a person with one name. Keys are whole values, folded: filters on
 * province and unit ignore case and diacritics but not words.
 */
final class PersonFields {

    static final String ID_KEY = "id_key";
    static final String ID = "id";
    static final String SIDE = "side";
    static final String STATUS = "status";
    static final String PROVINCE = "province";
    static final String PROVINCE_KEY = "province_key";
    static final String UNIT = "unit";
    static final String UNIT_KEY = "unit_key";
    static final String UNIT_TEXT = "unit_text";
    static final String BIRTH_YEAR = "birth_year";
    static final String LOSS_YEAR = "loss_year";
    static final String NAME = "name";
    static final String NAME_EXACT = "name_exact";
    static final String FAMILY = "family";
    static final String GIVEN = "given";
    static final String NAME_KEY = "name_key";
    static final String NAME_EXACT_KEY = "name_exact_key";
    static final String NAME_ORDERED = "name_ordered";
    static final String PLACE = "place";
    static final String FULL_NAME = "full_name";
    static final String FAMILY_RAW = "family_raw";
    static final String MIDDLE_RAW = "middle_raw";
    static final String GIVEN_RAW = "given_raw";
    static final String ALIAS = "alias";
    static final String HOME_PLACE = "home_place";
    static final String LOSS_PLACE = "loss_place";

    /** Version of this layout; an index written with another is rebuilt. */
    static final String SCHEMA = "1";

    private static final FieldType WORDS = wordsType();

    private PersonFields() {
    }

    static Term idTerm(long id) {
        return new Term(ID_KEY, Long.toString(id));
    }

    static Document toLucene(PersonDocument d) {
        Document doc = new Document();
        doc.add(new StringField(ID_KEY, Long.toString(d.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, d.id()));
        doc.add(new StoredField(ID, d.id()));
        doc.add(new StringField(SIDE, d.side(), Field.Store.YES));
        addNames(doc, d);
        addKeyed(doc, STATUS, null, d.status());
        addKeyed(doc, PROVINCE, PROVINCE_KEY, d.province());
        addKeyed(doc, UNIT, UNIT_KEY, d.unit());
        addText(doc, UNIT_TEXT, d.unit());
        addYear(doc, BIRTH_YEAR, d.birthYear());
        addYear(doc, LOSS_YEAR, d.lossYear());
        for (String place : Arrays.asList(d.province(), d.homePlace(), d.lossPlace())) {
            addText(doc, PLACE, place);
        }
        addStored(doc, HOME_PLACE, d.homePlace());
        addStored(doc, LOSS_PLACE, d.lossPlace());
        return doc;
    }

    private static void addNames(Document doc, PersonDocument d) {
        doc.add(new StoredField(FULL_NAME, d.fullName()));
        addStored(doc, FAMILY_RAW, d.familyName());
        addStored(doc, MIDDLE_RAW, d.middleName());
        addStored(doc, GIVEN_RAW, d.givenName());
        List<String> names = new ArrayList<>();
        names.add(d.fullName());
        names.addAll(d.aliases());
        for (String name : names) {
            doc.add(new Field(NAME, name, WORDS));
            doc.add(new Field(NAME_EXACT, name, WORDS));
            List<PersonAnalysis.Token> tokens = PersonAnalysis.tokens(name);
            doc.add(new StringField(NAME_KEY, PersonAnalysis.orderFreeKey(
                    tokens.stream().map(PersonAnalysis.Token::folded).toList()), Field.Store.NO));
            doc.add(new StringField(NAME_EXACT_KEY, PersonAnalysis.orderFreeKey(
                    tokens.stream().map(PersonAnalysis.Token::exact).toList()), Field.Store.NO));
        }
        for (String alias : d.aliases()) {
            doc.add(new StoredField(ALIAS, alias));
        }
        addText(doc, FAMILY, d.familyName());
        addText(doc, GIVEN, d.givenName());
        doc.add(new StringField(NAME_ORDERED, orderedName(d), Field.Store.NO));
    }

    /** The folded name in family, middle, given order, whatever order the record wrote it in. */
    static String orderedName(PersonDocument d) {
        return VietnameseNames.fold(
                new NameParts(d.familyName(), d.middleName(), d.givenName()).vietnameseOrder());
    }

    static PersonDocument fromLucene(Document doc) {
        return new PersonDocument(doc.getField(ID).numericValue().longValue(), doc.get(SIDE),
                doc.get(FULL_NAME), orEmpty(doc.get(FAMILY_RAW)), orEmpty(doc.get(MIDDLE_RAW)),
                orEmpty(doc.get(GIVEN_RAW)), Arrays.asList(doc.getValues(ALIAS)), doc.get(STATUS),
                doc.get(PROVINCE), doc.get(UNIT), year(doc, BIRTH_YEAR), year(doc, LOSS_YEAR),
                doc.get(HOME_PLACE), doc.get(LOSS_PLACE));
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static Integer year(Document doc, String field) {
        IndexableField f = doc.getField(field);
        return f == null ? null : f.numericValue().intValue();
    }

    private static void addKeyed(Document doc, String stored, String key, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (key == null) {
            doc.add(new StringField(stored, value, Field.Store.YES));
        } else {
            doc.add(new StoredField(stored, value));
            doc.add(new StringField(key, VietnameseNames.fold(value), Field.Store.NO));
        }
    }

    private static void addText(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, WORDS));
        }
    }

    private static void addStored(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new StoredField(field, value));
        }
    }

    private static void addYear(Document doc, String field, Integer year) {
        if (year != null) {
            doc.add(new IntField(field, year, Field.Store.YES));
        }
    }

    private static FieldType wordsType() {
        FieldType t = new FieldType(TextField.TYPE_NOT_STORED);
        t.setIndexOptions(IndexOptions.DOCS);
        t.setOmitNorms(true);
        t.freeze();
        return t;
    }
}
