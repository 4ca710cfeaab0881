package com.mentorplatform.ui.session;

import com.mentorplatform.ui.api.ApiEndpoint;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wires the console into Vaadin when the service starts (registered in {@code META-INF/services}): the API
 * endpoint from the servlet parameter {@value #API_URL_PARAMETER}, the route guard on every UI, and the error
 * handler on every session.
 */
public final class ConsoleServiceInit implements VaadinServiceInitListener {

    /** Servlet init parameter (or system property {@code vaadin.platform.api.url}) naming the API base URL. */
    public static final String API_URL_PARAMETER = "platform.api.url";
    public static final String DEFAULT_API_URL = "http://localhost:8080";
    /** Where a browser reaches the API, when not at {@link #API_URL_PARAMETER} ({@code PLATFORM_API_PUBLIC_URL}). */
    public static final String PUBLIC_API_URL_PARAMETER = "platform.api.public-url";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServiceInit.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        VaadinService service = event.getSource();
        String apiUrl = service.getDeploymentConfiguration().getStringProperty(API_URL_PARAMETER, DEFAULT_API_URL);
        String publicUrl = service.getDeploymentConfiguration().getStringProperty(PUBLIC_API_URL_PARAMETER, apiUrl);
        service.getContext().setAttribute(ApiEndpoint.class, ApiEndpoint.at(apiUrl, publicUrl));
        LOG.info("Console talks to the platform API at {}", apiUrl);
        RouteGuard guard = new RouteGuard();
        service.addUIInitListener(init -> init.getUI().addBeforeEnterListener(guard));
        ConsoleErrorHandler errors = new ConsoleErrorHandler();
        service.addSessionInitListener(init -> init.getSession().setErrorHandler(errors));
    }
}
