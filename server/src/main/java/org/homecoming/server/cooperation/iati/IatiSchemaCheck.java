package org.homecoming.server.cooperation.iati;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a document against the IATI 2.03 activity schema bundled in {@code iati/2.03} (read from the classpath only;
 * no DTD and no other schema is fetched). A problem is {@code line:column: message}.
 *
 * <pre>{@code
 * List<String> problems = IatiSchemaCheck.problems(xml);   // [] when valid
 * }</pre>
 */
public final class IatiSchemaCheck {

    private static final String DIR = "/iati/2.03/";

    private IatiSchemaCheck() {
    }

    /** Every schema problem of the document, in document order; empty when it is valid IATI 2.03. */
    public static List<String> problems(byte[] xml) {
        List<String> out = new ArrayList<>();
        try {
            Validator v = Compiled.SCHEMA.newValidator();
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            v.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            v.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) {
                    out.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    out.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
                }
            });
            v.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (SAXParseException e) {
            if (out.isEmpty()) {
                out.add(e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }
        } catch (SAXException e) {
            out.add("0:0: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Refuses a document that is not valid IATI 2.03, naming the file and the line of its first problem. */
    public static void require(byte[] xml, String file) {
        List<String> problems = problems(xml);
        if (!problems.isEmpty()) {
            String first = problems.get(0);
            int colon = first.indexOf(':');
            int line = Integer.parseInt(first.substring(0, colon));
            throw new IatiFileException(file, line, "schema", first.substring(first.indexOf(':', colon + 1) + 2)
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""));
        }
    }

    /** The schema compiled once, on first use (a Schema is immutable and thread-safe; only validators are not). */
    private static final class Compiled {
        static final Schema SCHEMA = compile();

        private static Schema compile() {
            try {
                return schema();
            } catch (SAXException e) {
                throw new IllegalStateException("the bundled IATI schema does not compile", e);
            }
        }
    }

    private static Schema schema() throws SAXException {
        SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // The activity schema includes iati-common.xsd and imports xml.xsd: resolved from the classpath, never fetched.
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setResourceResolver(new Classpath());
        return f.newSchema(new StreamSource(open("iati-activities-schema.xsd"), DIR + "iati-activities-schema.xsd"));
    }

    private static InputStream open(String name) {
        InputStream in = IatiSchemaCheck.class.getResourceAsStream(DIR + name);
        if (in == null) {
            throw new IllegalStateException("the IATI schema is missing from the classpath: " + DIR + name);
        }
        return in;
    }

    /** Resolves the schema's include and import to the bundled files. */
    private static final class Classpath implements LSResourceResolver {
        @Override
        public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
            String name = systemId == null ? "" : systemId.substring(systemId.lastIndexOf('/') + 1);
            if (!name.equals("iati-common.xsd") && !name.equals("xml.xsd")) {
                throw new IllegalStateException("the IATI schema asks for a file not bundled: " + systemId);
            }
            return new Input(open(name), DIR + name, publicId);
        }
    }

    /** The few fields of an LSInput a schema factory reads. */
    private record Input(InputStream byteStream, String systemId, String publicId) implements LSInput {
        @Override
        public java.io.Reader getCharacterStream() {
            return null;
        }

        @Override
        public void setCharacterStream(java.io.Reader r) {
        }

        @Override
        public InputStream getByteStream() {
            return byteStream;
        }

        @Override
        public void setByteStream(InputStream s) {
        }

        @Override
        public String getStringData() {
            return null;
        }

        @Override
        public void setStringData(String s) {
        }

        @Override
        public String getSystemId() {
            return systemId;
        }

        @Override
        public void setSystemId(String s) {
        }

        @Override
        public String getPublicId() {
            return publicId;
        }

        @Override
        public void setPublicId(String s) {
        }

        @Override
        public String getBaseURI() {
            return systemId;
        }

        @Override
        public void setBaseURI(String s) {
        }

        @Override
        public String getEncoding() {
            return null;
        }

        @Override
        public void setEncoding(String s) {
        }

        @Override
        public boolean getCertifiedText() {
            return false;
        }

        @Override
        public void setCertifiedText(boolean b) {
        }
    }
}
