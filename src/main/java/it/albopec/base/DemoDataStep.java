package it.albopec.base;

/**
 * One module's part of the demo data of the three Orders (Prato, Foggia, Bolzano). Steps run in
 * {@link #order()} at start-up when {@code albopec.demo-data=true}; each must be idempotent, because the
 * embedded database keeps its data between runs.
 */
public interface DemoDataStep {

    int order();

    void load();
}
