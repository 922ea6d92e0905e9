package org.homecoming.server.archive;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.homecoming.server.registry.MissingPerson;
import org.homecoming.server.registry.PersonService;
import org.homecoming.server.web.NotFoundException;
import org.springframework.stereotype.Component;

/**
 * Names what links point at, for the pages: a person's name when the user may see the person,
 * otherwise its number; a unit or place by its text.
 *
 * <pre>{@code
 * labels.of(view.links()); // {12=Nguyễn Văn Thành, 13=E48}
 * }</pre>
 */
@Component
class LinkLabels {

    private final PersonService persons;

    LinkLabels(PersonService persons) {
        this.persons = persons;
    }

    Map<Long, String> of(List<Link> links) {
        Map<Long, String> out = new HashMap<>();
        for (Link l : links) {
            out.put(l.id(), label(l));
        }
        return out;
    }

    private String label(Link l) {
        if (!"PERSON".equals(l.targetType())) {
            return l.targetText() != null ? l.targetText() : l.targetType() + " #" + l.targetId();
        }
        try {
            MissingPerson p = persons.visible(l.targetId());
            return p.fullName() + " (" + p.ref() + ")";
        } catch (NotFoundException e) {
            return "#" + l.targetId();
        }
    }
}
