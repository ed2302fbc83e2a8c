package it.albopec.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.context.annotation.Configuration;

/**
 * POI's zip-bomb limits are JVM-wide statics. We keep its minimum inflate ratio (0.01) and lower the biggest entry it
 * inflates from 4 GB to 100 MB: a 200k-row sheet is about 60 MB of XML. The limits are never disabled here or
 * anywhere else (a test greps the sources for that).
 */
@Configuration(proxyBeanMethods = false)
class PoiLimits {

    static final long MAX_ENTRY_SIZE = 100L * 1024 * 1024;

    static {
        apply();
    }

    static void apply() {
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
    }
}
