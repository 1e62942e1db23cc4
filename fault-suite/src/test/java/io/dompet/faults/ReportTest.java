package io.dompet.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReportTest {

    private static final Figures HOLDS = new Figures("a eager", 400, 380, 380, 20, 0, 0, 0, 0, 0, 0, List.of(), true,
            List.of());
    private static final Figures BROKEN = new Figures("c kill", 160, 150, 149, 11, 0, 0, 60, 60, 60, 60,
            List.of("DP261201000000000007: processed by the sandbox (money moved) but FAILED in dompet"), true, List.of());
    private static final Figures OPEN = new Figures("d two-instances", 240, 200, 190, 40, 3, 3, 40, 40, 40, 40,
            List.of(), false, List.of());

    @Test
    void aRowHoldsOnlyWithoutDisagreementsAndWithNothingOpen() {
        String table = Report.table(List.of(HOLDS, BROKEN, OPEN));

        assertThat(table.lines()).containsSubsequence(
                "| a eager | 400 | 380 | 380 | 20 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | yes |",
                "| c kill | 160 | 150 | 149 | 11 | 0 | 0 | 1 | 60 | 60 | 60 | 60 | **no** |",
                "| d two-instances | 240 | 200 | 190 | 40 | 3 | 3 | 0 | 40 | 40 | 40 | 40 | **no** |");
    }

    @Test
    void theDetailsListEachDisagreement() {
        assertThat(Report.details(List.of(BROKEN)))
                .contains("- DP261201000000000007: processed by the sandbox (money moved) but FAILED in dompet");
    }

    @Test
    void regeneratingReplacesOnlyWhatLiesBetweenTheMarkers(@TempDir Path directory) throws Exception {
        Path docs = directory.resolve("reliability.md");
        Files.writeString(docs, "# Title\nbefore\n" + Report.BEGIN + "\nold table\n" + Report.END + "\nafter\n");

        Report.regenerate(docs, "bench/faults.sh", "2026-12-01T00:00:00Z", "abc1234", List.of(HOLDS));

        String text = Files.readString(docs);
        assertThat(text).startsWith("# Title\nbefore\n" + Report.BEGIN + "\n`bench/faults.sh` on 2026-12-01T00:00:00Z, commit `abc1234`:")
                .contains("| a eager | 400 |")
                .doesNotContain("old table")
                .endsWith(Report.END + "\nafter\n");
    }
}
