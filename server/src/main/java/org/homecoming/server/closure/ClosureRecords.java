package org.homecoming.server.closure;

import java.util.List;

/** Every closure record of one person, oldest first: what the person page and the API show. */
public record ClosureRecords(List<FamilyNotification> notifications, List<Reburial> reburials,
        List<Repatriation> repatriations) {
}
