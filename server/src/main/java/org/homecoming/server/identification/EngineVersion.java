package org.homecoming.server.identification;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.homecoming.kinship.search.DatabaseSearch;

/** The kinship engine's version as its jar records it, for the record of each result. */
final class EngineVersion {

    private static final String POM = "/META-INF/maven/org.homecoming/homecoming-kinship/pom.properties";

    private EngineVersion() {
    }

    static String current() {
        String version = DatabaseSearch.class.getPackage().getImplementationVersion();
        if (version == null) {
            try (InputStream in = DatabaseSearch.class.getResourceAsStream(POM)) {
                if (in != null) {
                    Properties p = new Properties();
                    p.load(in);
                    version = p.getProperty("version");
                }
            } catch (IOException e) {
                version = null;
            }
        }
        return "homecoming-kinship " + (version == null ? "development build" : version);
    }
}
