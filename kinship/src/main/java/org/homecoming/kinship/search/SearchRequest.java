package org.homecoming.kinship.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.List;

/**
 * A search packed for another process: the compiled index, the remains and the options, as the
 * server hands an all-against-all to a cluster job (the families are compiled once, where the data
 * is, and travel as tables). Only this project's engine classes and the JDK's collections are read
 * back (a deserialisation filter), so a file of anything else is refused, not run.
 *
 * <p>The reply is the {@link SearchResult} itself ({@link #writeResult}, {@link #readResult}), so
 * that the caller merges it with other results exactly as it merges its own (an incremental search
 * of new remains and new families is two searches merged).
 *
 * <pre>{@code
 * new SearchRequest(index, remains, options).write(out);
 * SearchRequest r = SearchRequest.read(in, "request.bin");
 * SearchRequest.writeResult(DatabaseSearch.run(r.index(), r.remains(), r.options()), out2);
 * }</pre>
 */
public record SearchRequest(SearchIndex index, List<RemainsProfile> remains, SearchOptions options) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** First object of the stream: what the file is, so that another file is named as such. */
    private static final String FORMAT = "homecoming search request 1";
    private static final String RESULT_FORMAT = "homecoming search result 1";

    private static final ObjectInputFilter ENGINE_ONLY = ObjectInputFilter.Config.createFilter(
            "maxdepth=64;org.homecoming.kinship.**;java.util.*;java.lang.*;!*");

    public SearchRequest {
        remains = List.copyOf(remains);
    }

    public void write(OutputStream out) throws IOException {
        ObjectOutputStream o = new ObjectOutputStream(out);
        o.writeObject(FORMAT);
        o.writeObject(this);
        o.flush();
    }

    /** Writes the result of a request, before any lineage is attached (lineage results do not travel). */
    public static void writeResult(SearchResult result, OutputStream out) throws IOException {
        ObjectOutputStream o = new ObjectOutputStream(out);
        o.writeObject(RESULT_FORMAT);
        o.writeObject(result);
        o.flush();
    }

    /** Reads a result written by {@link #writeResult}; {@code name} (the file) is named in any error. */
    public static SearchResult readResult(InputStream in, String name) throws IOException {
        return read(in, name, RESULT_FORMAT, SearchResult.class);
    }

    /** Reads a request written by {@link #write}; {@code name} (the file) is named in any error. */
    public static SearchRequest read(InputStream in, String name) throws IOException {
        return read(in, name, FORMAT, SearchRequest.class);
    }

    private static <T> T read(InputStream in, String name, String format, Class<T> type) throws IOException {
        try {
            ObjectInputStream o = new ObjectInputStream(in);
            o.setObjectInputFilter(ENGINE_ONLY);
            Object first = o.readObject();
            if (!format.equals(first)) {
                throw new IOException(name + ": not a search " + what(format) + " of this version (expected '" + format + "')");
            }
            return type.cast(o.readObject());
        } catch (InvalidClassException e) {
            throw new IOException(name + ": not a search " + what(format) + " of this engine (" + e.getMessage() + ")", e);
        } catch (ClassNotFoundException | ClassCastException | java.io.StreamCorruptedException e) {
            throw new IOException(name + ": not a search " + what(format) + " (" + e.getMessage() + ")", e);
        }
    }

    private static String what(String format) {
        return format.equals(FORMAT) ? "request" : "result";
    }
}
