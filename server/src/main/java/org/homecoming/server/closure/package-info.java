/**
 * What happens after an identification, recorded by family liaison staff: the family notified
 * ({@link org.homecoming.server.closure.FamilyNotification}), the remains reburied
 * ({@link org.homecoming.server.closure.Reburial}) or, for the US side, repatriated
 * ({@link org.homecoming.server.closure.Repatriation}). Each record is the evidence its status
 * stands on: {@link org.homecoming.server.closure.ClosureService} writes the record and moves the
 * person's status in the same transaction, in order, with its audit line and history step.
 */
package org.homecoming.server.closure;
