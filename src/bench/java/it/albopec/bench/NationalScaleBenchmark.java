package it.albopec.bench;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

import it.albopec.finance.ChargeFilter;
import it.albopec.finance.ChargeService;
import it.albopec.mailbox.MailboxFilter;
import it.albopec.mailbox.MailboxLifecycleJob;
import it.albopec.mailbox.MailboxService;
import it.albopec.member.MemberFilter;
import it.albopec.member.MemberService;
import it.albopec.member.MemberStatus;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The country in one database ({@link NationalDataSet}: 106 Orders, 500k members, ~500k mailboxes), then:
 * <ul>
 * <li>{@code grid_page_p95_ms}, {@code grid_count_p95_ms}: the register grid of the Order of 30k members, through
 *     {@link MemberService#find}/{@link MemberService#count} as its ADMIN, for the common filters (one line per
 *     filter too);</li>
 * <li>{@code mailbox_grid_page_p95_ms}, {@code mailbox_grid_count_p95_ms}: the same for the mailboxes page
 *     ({@link MailboxService#find}/{@link MailboxService#count});</li>
 * <li>{@code lifecycle_job_500k_s}, {@code lifecycle_job_500k_second_run_s}: {@link MailboxLifecycleJob#run} on all
 *     mailboxes of the country, then again on the same day (it must find nothing left to do).</li>
 * </ul>
 * The application runs in this JVM ({@link InProcessApp}) so that the figures are the services' own, without HTTP.
 */
final class NationalScaleBenchmark implements Benchmark {

    static final int ITERATIONS = Integer.getInteger("bench.iterations", 200);
    static final int WARM_UP = Integer.getInteger("bench.warmUp", 30);
    /** Vaadin's grid asks for pages of 50 rows; the user scrolls through the first few. */
    static final int PAGE_SIZE = 50;
    static final int PAGES = 10;

    @Override
    public String name() {
        return "national";
    }

    @Override
    public void run(Report report) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        try (BenchDatabase database = BenchDatabase.create(); InProcessApp app = InProcessApp.start(database)) {
            long start = System.nanoTime();
            var data = NationalDataSet.generate(database, today, app.bean(PasswordEncoder.class).encode("bench"));
            System.err.printf(Locale.ROOT, "[bench] national data set: %d members, %d mailboxes in %.1f s%n",
                    data.members, data.mailboxes, (System.nanoTime() - start) / 1e9);
            report.figure("national_dataset_s", (System.nanoTime() - start) / 1e9, "s");
            long t = System.nanoTime();
            long charges = NationalCharges.generate(database, today);
            System.err.printf(Locale.ROOT, "[bench] national charges: %d in %.1f s%n", charges, (System.nanoTime() - t) / 1e9);
            app.signIn(NationalDataSet.BIG_ORDER_ADMIN);
            memberGrid(app.bean(MemberService.class), data, report);
            mailboxGrid(app.bean(MailboxService.class), report);
            costs(app.bean(ChargeService.class), today, report);
            lifecycle(app.bean(MailboxLifecycleJob.class), today, report);
        }
    }

    private static void memberGrid(MemberService members, NationalDataSet data, Report report) {
        Map<String, IntFunction<MemberFilter>> filters = new LinkedHashMap<>();
        filters.put("none", i -> MemberFilter.none());
        filters.put("surname_prefix", i -> MemberFilter.text(data.bigOrderSurnamePrefixes.get(i % data.bigOrderSurnamePrefixes.size())));
        filters.put("fiscal_code_prefix", i -> MemberFilter.text(data.bigOrderFiscalCodePrefixes.get(i % data.bigOrderFiscalCodePrefixes.size())));
        filters.put("status_active", i -> MemberFilter.none().withStatus(MemberStatus.ACTIVE));
        filters.put("status_struck_off", i -> MemberFilter.none().withStatus(MemberStatus.STRUCK_OFF));
        System.err.println("[bench] members of the big Order: " + members.count(MemberFilter.none()));
        measure("grid", filters, members::find, members::count, report);
    }

    private static void mailboxGrid(MailboxService mailboxes, Report report) {
        Map<String, IntFunction<MailboxFilter>> filters = new LinkedHashMap<>();
        filters.put("none", i -> MailboxFilter.none());
        filters.put("at_risk", i -> MailboxFilter.none().withAtRisk(true));
        filters.put("expiring_90", i -> MailboxFilter.none().withExpiringWithinDays(90));
        filters.put("without_valid_pec", i -> MailboxFilter.none().withNoValidPec(true));
        measure("mailbox_grid", filters, mailboxes::find, mailboxes::count, report);
    }

    /** p95 of the page and of the count per filter, then over all filters. */
    private static <F> void measure(String prefix, Map<String, IntFunction<F>> filters, PageFinder<F> find, Counter<F> count,
                                    Report report) {
        List<Double> allPages = new ArrayList<>();
        List<Double> allCounts = new ArrayList<>();
        for (var filter : filters.entrySet()) {
            double[] pages = new double[ITERATIONS];
            double[] counts = new double[ITERATIONS];
            long matched = 0;
            for (int i = -WARM_UP; i < ITERATIONS; i++) {
                F f = filter.getValue().apply(Math.abs(i));
                Pageable page = PageRequest.of(Math.floorMod(i, PAGES), PAGE_SIZE);
                long t0 = System.nanoTime();
                int rows = find.find(f, page).size();
                long t1 = System.nanoTime();
                matched = count.count(f);
                long t2 = System.nanoTime();
                if (i >= 0) {
                    pages[i] = (t1 - t0) / 1e6;
                    counts[i] = (t2 - t1) / 1e6;
                }
                if (rows > PAGE_SIZE) {
                    throw new IllegalStateException("A page of " + rows + " rows");
                }
            }
            System.err.printf(Locale.ROOT, "[bench] %s %s: %d rows match (last), page median %.1f ms, count median %.1f ms%n",
                    prefix, filter.getKey(), matched, percentile(pages, 50), percentile(counts, 50));
            report.figure(prefix + "_page_p95_ms." + filter.getKey(), percentile(pages, 95), "ms");
            report.figure(prefix + "_count_p95_ms." + filter.getKey(), percentile(counts, 95), "ms");
            Arrays.stream(pages).forEach(allPages::add);
            Arrays.stream(counts).forEach(allCounts::add);
        }
        report.figure(prefix + "_page_p95_ms", percentile(allPages.stream().mapToDouble(d -> d).toArray(), 95), "ms");
        report.figure(prefix + "_count_p95_ms", percentile(allCounts.stream().mapToDouble(d -> d).toArray(), 95), "ms");
    }

    /** The costs page of the Order of 30k members (~90k charges) and its budget (issue 12). */
    private static void costs(ChargeService charges, LocalDate today, Report report) {
        Map<String, IntFunction<ChargeFilter>> filters = new LinkedHashMap<>();
        filters.put("none", i -> ChargeFilter.empty());
        filters.put("fiscal_year", i -> ChargeFilter.empty().withFiscalYear(today.getYear() - 1 + i % 3));
        filters.put("overdue", i -> ChargeFilter.empty().withOverdue(true));
        measure("costs_grid", filters, charges::find, charges::count, report);
        double[] budget = new double[20];
        for (int i = -3; i < budget.length; i++) {
            long t0 = System.nanoTime();
            charges.budget();
            if (i >= 0) {
                budget[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        System.err.printf(Locale.ROOT, "[bench] budget of the big Order: %s, median %.1f ms%n", charges.budget().getFirst(), percentile(budget, 50));
        report.figure("budget_ms", percentile(budget, 95), "ms");
    }

    private static void lifecycle(MailboxLifecycleJob job, LocalDate today, Report report) {
        long t0 = System.nanoTime();
        Map<String, Integer> first = job.run(today);
        long t1 = System.nanoTime();
        System.err.println("[bench] lifecycle job, first run moved " + first);
        report.figure("lifecycle_job_500k_s", (t1 - t0) / 1e9, "s");
        Map<String, Integer> second = job.run(today);
        long t2 = System.nanoTime();
        System.err.println("[bench] lifecycle job, second run moved " + second);
        if (second.values().stream().anyMatch(n -> n != 0)) {
            throw new IllegalStateException("The second run on the same day moved mailboxes again: " + second);
        }
        report.figure("lifecycle_job_500k_second_run_s", (t2 - t1) / 1e9, "s");
    }

    static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return Math.round(sorted[Math.max(0, index)] * 100) / 100.0;
    }

    @FunctionalInterface
    interface PageFinder<F> {
        List<?> find(F filter, Pageable pageable);
    }

    @FunctionalInterface
    interface Counter<F> {
        long count(F filter);
    }
}
