package it.albopec.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * Base of the browserless UI tests: the whole application on the test schema, views driven without a
 * browser. Sign in with {@code @WithUserDetails("admin.po")} and the like (the demo users).
 */
@AlboPecTest
public abstract class UiTest extends SpringBrowserlessTest {
}
