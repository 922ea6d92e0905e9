/**
 * DNA identification on the server: database searches of the registry's genetic data as background
 * jobs, the analysts' review of the pairs they report, four-eyes decisions and the identification
 * report, joint DVI incidents, and "what to sample next" for the family liaison staff.
 *
 * <p>Main types: {@link org.homecoming.server.identification.SearchJobs} (queues and runs
 * {@link org.homecoming.server.identification.SearchJob searches} on
 * {@link org.homecoming.server.identification.IdentificationWorker}'s thread, turning registry data,
 * read as records by {@link org.homecoming.server.identification.GeneticDataRepository} and assembled
 * by {@link org.homecoming.server.identification.GeneticData}, into the engine's types with
 * {@link org.homecoming.server.identification.SearchModel}),
 * {@link org.homecoming.server.identification.ReviewService} (the queue and each
 * {@link org.homecoming.server.identification.CandidateView candidate}'s evidence, recomputed from its
 * record by {@link org.homecoming.server.identification.PairAnalysis}),
 * {@link org.homecoming.server.identification.DecisionService} (two different analysts confirm),
 * {@link org.homecoming.server.identification.ReportService} (HTML and PDF report),
 * {@link org.homecoming.server.identification.DviIncidentService} and
 * {@link org.homecoming.server.identification.FamilyPowerService} (kept current by
 * {@link org.homecoming.server.identification.FamilyPowerJob}). Laboratory analysts only; every
 * parameter a stored LR depends on is recorded with it. Described in {@code docs/identification.md}.
 *
 * <pre>{@code
 * SearchJob job = jobs.submit("ALL", "lab-vn");
 * decisions.confirm(candidateId, "autosomal and Y match; place and unit agree", 1e-3); // PENDING
 * }</pre>
 */
package org.homecoming.server.identification;
