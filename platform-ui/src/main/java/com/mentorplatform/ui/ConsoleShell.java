package com.mentorplatform.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;

/** The page around every screen: the product name as the default title, and a favicon. */
public class ConsoleShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Mentoring Platform");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
        settings.addMetaTag("description", "Mentoring Platform console");
    }
}
