package org.homecoming.server.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Says the codes stored in the registry ({@code SISTER}, {@code POOR}, {@code PROFILED}) and
 * parameterised messages (the reasons of a comparison) in the reader's language; a code without a label is shown as it is, so a
 * new value in imported data never breaks a page.
 *
 * <pre>{@code
 * <td th:text="${@labels.of('relationship', m.relationship)}">Chị/em gái</td>
 * }</pre>
 */
@Component("labels")
public class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of {@code prefix.code} in the current locale, or {@code code} itself. */
    public String of(String prefix, String code) {
        if (code == null || code.isEmpty()) {
            return "";
        }
        return messages.getMessage(prefix + "." + code, null, code, LocaleContextHolder.getLocale());
    }

    /** The label of each of {@code codes} (as {@link #of}), keyed by code, in the order given. */
    public Map<String, String> ofEach(String prefix, Collection<String> codes) {
        Map<String, String> labels = new LinkedHashMap<>();
        codes.forEach(code -> labels.put(code, of(prefix, code)));
        return labels;
    }

    /** The message {@code key} filled with {@code args} in the current locale, or {@code fallback}. */
    public String message(String key, List<String> args, String fallback) {
        return messages.getMessage(key, args.toArray(), fallback, LocaleContextHolder.getLocale());
    }
}
