/**
 * The {@code homecoming} command line (picocli): one class per verb over the kinship engine and the
 * simulator, and launchers of the web app; it links nothing of the server.
 *
 * <p>Main types: {@link org.homecoming.cli.Homecoming} (the command and its verbs),
 * {@link org.homecoming.cli.LrCommand} ({@code lr}: likelihood ratios of a Familias file),
 * {@link org.homecoming.cli.DviCommand} ({@code dvi}), {@link org.homecoming.cli.MatchCommand}
 * ({@code match}: every remains against every family of a programme, with
 * {@link org.homecoming.cli.MatchInput} and {@link org.homecoming.cli.MatchEvidence}),
 * {@link org.homecoming.cli.SimulateCommand} ({@code simulate}), {@link org.homecoming.cli.BenchCommand}
 * ({@code bench}), {@link org.homecoming.cli.UsersCommand} ({@code users}: accounts straight in the
 * database), {@link org.homecoming.cli.DemoCommand} and {@link org.homecoming.cli.ServeCommand}
 * ({@code demo}, {@code serve}: the server's jar started by {@link org.homecoming.cli.ServerLauncher});
 * {@code backup} and {@code restore} are in {@link org.homecoming.cli.backup}.
 * {@link org.homecoming.cli.ExitCodes} maps failures to exit codes (2 for bad input).
 *
 * <pre>{@code
 * ./homecoming simulate --missing 1000 --remains 600 --seed 2026 --out data/programme
 * ./homecoming match data/programme --out matches.csv
 * }</pre>
 */
package org.homecoming.cli;
