package it.albopec.bench;

/**
 * One benchmark of {@code bench/run}: measures something and prints one or more figures through
 * {@link Report#figure}, each as a line {@code BENCH <name> <value> <unit>}. A new benchmark is a class
 * implementing this interface, listed in {@link Bench#ALL}.
 */
interface Benchmark {

    /** The name used to select it: {@code bench/run <name>}. */
    String name();

    void run(Report report) throws Exception;

    /** Where figures go. */
    interface Report {
        void figure(String name, double value, String unit);
    }
}
