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
 * <pre>{@code
 * new SearchRequest(index, remains, options).write(out);
 * SearchRequest r = SearchRequest.read(in, "request.bin");
 * }</pre>
 */
public record SearchRequest(SearchIndex index, List<RemainsProfile> remains, SearchOptions options) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** First object of the stream: what the file is, so that another file is named as such. */
    private static final String FORMAT = "homecoming search request 1";

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

    /** Reads a request written by {@link #write}; {@code name} (the file) is named in any error. */
    public static SearchRequest read(InputStream in, String name) throws IOException {
        try {
            ObjectInputStream o = new ObjectInputStream(in);
            o.setObjectInputFilter(ENGINE_ONLY);
            Object format = o.readObject();
            if (!FORMAT.equals(format)) {
                throw new IOException(name + ": not a search request of this version (expected '" + FORMAT + "')");
            }
            return (SearchRequest) o.readObject();
        } catch (InvalidClassException e) {
            throw new IOException(name + ": not a search request of this engine (" + e.getMessage() + ")", e);
        } catch (ClassNotFoundException | ClassCastException | java.io.StreamCorruptedException e) {
            throw new IOException(name + ": not a search request (" + e.getMessage() + ")", e);
        }
    }
}
