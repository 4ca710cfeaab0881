package com.mentorplatform.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The page around every screen: the product name as the default title, a favicon and the console's styles. */
public class ConsoleShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Mentoring Platform");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("description", "Mentoring Platform console");
        // A plain stylesheet from the class path (META-INF/VAADIN/webapp): no theme, so no frontend build.
        settings.addLink("stylesheet", "styles/console.css");
    }
}
