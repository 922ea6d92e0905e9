package org.homecoming.cli;

import java.util.List;
import org.homecoming.kinship.search.RemainsProfile;
import org.homecoming.kinship.search.SearchIndex;
import org.homecoming.kinship.search.SearchOptions;
import org.homecoming.kinship.search.SearchProgress;
import org.homecoming.kinship.search.SearchResult;
import org.homecoming.spark.SparkSearch;

/**
 * {@code match --engine spark}: the search on a Spark master. Spark is not in the command line's jar
 * (a cluster brings its own); the launcher puts Spark's jars on the class path when asked for this
 * engine, and without them the user is told where they come from.
 */
final class SparkEngine {

    private SparkEngine() {
    }

    static SearchResult run(String master, SearchIndex index, List<RemainsProfile> remains, SearchOptions options,
            SearchProgress progress) {
        try {
            return SparkSearch.onMaster(master, index, remains, options, progress);
        } catch (NoClassDefFoundError e) {
            if (e.getMessage() != null && e.getMessage().startsWith("org/apache/spark")) {
                throw new IllegalStateException("--engine spark needs Apache Spark on the class path: run it through "
                        + "./homecoming (which adds spark/target/spark-lib, or $SPARK_HOME/jars when SPARK_HOME is set)", e);
            }
            throw e;
        }
    }
}
