package it.albopec.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.context.annotation.Configuration;

/**
 * POI's zip-bomb limits are JVM-wide statics. We keep its minimum inflate ratio (0.01: anything that inflates more
 * than 100 times is refused) and lower the biggest entry it inflates from 4 GB to 256 MB: a 200k-row register
 * written with inline strings (as SXSSF does) is about 110 MB of sheet XML, and the sheet is streamed, never held
 * in memory. The limits are never disabled here or anywhere else (a test greps the sources for that).
 */
@Configuration(proxyBeanMethods = false)
class PoiLimits {

    static final long MAX_ENTRY_SIZE = 256L * 1024 * 1024;

    static {
        apply();
    }

    static void apply() {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
}
