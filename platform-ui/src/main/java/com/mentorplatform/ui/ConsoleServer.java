package com.mentorplatform.ui;

import com.mentorplatform.ui.session.ConsoleServiceInit;
import com.vaadin.flow.server.VaadinServlet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the console: Jetty on {@code PLATFORM_UI_PORT} (default 8081) serving Vaadin on {@code /*}, talking
 * to the API at {@code PLATFORM_API_URL} (default {@value ConsoleServiceInit#DEFAULT_API_URL}).
 */
public final class ConsoleServer {

    static final int DEFAULT_PORT = 8081;

    /** Jars and class folders Jetty scans for Vaadin's initializers and the console's routes. */
    private static final String SCANNED_CLASSPATH = ".*\\.jar|.*/classes/.*";

    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServer.class);

    private ConsoleServer() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        int port = Integer.parseInt(env.getOrDefault("PLATFORM_UI_PORT", String.valueOf(DEFAULT_PORT)));
        String apiUrl = env.getOrDefault("PLATFORM_API_URL", ConsoleServiceInit.DEFAULT_API_URL);
        Server server = create(port, apiUrl);
        server.start();
        LOG.info("Mentoring Platform console listening on http://localhost:{}/ (API {})", port, apiUrl);
        server.join();
    }

    static Server create(int port, String apiUrl) {
        Server server = new Server(port);
        WebAppContext context = new WebAppContext();
        context.setContextPath("/");
        context.setBaseResource(ResourceFactory.of(context).newResource(emptyDocumentRoot()));
        context.addConfiguration(new ClasspathJarsConfiguration());
        context.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED_CLASSPATH);
        context.setParentLoaderPriority(true);
        context.setThrowUnavailableOnStartupException(true);
        context.addServlet(vaadinServlet(apiUrl), "/*");
        server.setHandler(context);
        server.setStopAtShutdown(true);
        return server;
    }

    /**
     * Everything the console serves comes from the class path (Vaadin's bundle and the favicon under
     * {@code META-INF/VAADIN/webapp}). Jetty still wants a document root; an empty folder keeps it from
     * offering jar entries, which Vaadin cannot open on Jetty 12 (it answers 500 for them).
     */
    private static Path emptyDocumentRoot() {
        try {
            Path root = Files.createTempDirectory("mentoring-console-root");
            root.toFile().deleteOnExit();
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the console's document root", e);
        }
    }

    private static ServletHolder vaadinServlet(String apiUrl) {
        ServletHolder holder = new ServletHolder("vaadin", VaadinServlet.class);
        holder.setAsyncSupported(true);
        holder.setInitOrder(1);
        holder.setInitParameter(ConsoleServiceInit.API_URL_PARAMETER, apiUrl);
        holder.setInitParameter(ConsoleServiceInit.PUBLIC_API_URL_PARAMETER,
                System.getenv().getOrDefault("PLATFORM_API_PUBLIC_URL", apiUrl));
        return holder;
    }
}
