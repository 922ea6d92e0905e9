/**
 * The registry of the missing, their families and the remains: records, who may see what of them,
 * how a case's status moves, and the non-DNA comparison of a missing person with remains.
 *
 * <p>Main types: the records {@link org.homecoming.server.registry.MissingPerson},
 * {@link org.homecoming.server.registry.FamilyMember}, {@link org.homecoming.server.registry.Remains},
 * {@link org.homecoming.server.registry.Site}, {@link org.homecoming.server.registry.Sample} and
 * {@link org.homecoming.server.registry.GeneticProfile}; the services
 * {@link org.homecoming.server.registry.PersonService} (create, change, delete, with history, sources
 * and audit; every new person, from the form or an import, comes in as a
 * {@link org.homecoming.server.registry.NewPerson}),
 * {@link org.homecoming.server.registry.FamilyService} (relatives and their consent flags),
 * {@link org.homecoming.server.registry.RecoveryService} (sites, remains, chain of custody), {@link org.homecoming.server.registry.PersonSearch} (the search box),
 * {@link org.homecoming.server.registry.MergeService} (duplicates and reversible merges),
 * {@link org.homecoming.server.registry.ConsentService}, {@link org.homecoming.server.registry.GeneticsService}
 * (laboratory analysts only, audited) and {@link org.homecoming.server.registry.ComparisonService}
 * (ranking by {@link org.homecoming.server.registry.RemainsComparator}); the rules
 * {@link org.homecoming.server.registry.FamilyDisclosure} (the one place that decides what of a family
 * a viewer sees), {@link org.homecoming.server.registry.PersonRules} (the rules across a person's
 * fields, for the form and the imports alike) and {@link org.homecoming.server.registry.StatusRules} (which status changes need the
 * workflow holding their evidence). Consent is described in {@code docs/consent.md}, sharing and
 * roles in {@code docs/security.md}.
 *
 * <pre>{@code
 * Page<PersonSummary> page = search.find(new PersonSearch.Criteria("nguyen van thanh 1948", ...), 0, 20);
 * PersonDetails details = personDetails.of(42); // audited as a VIEW of person 42
 * }</pre>
 */
package org.homecoming.server.registry;
