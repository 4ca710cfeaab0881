package com.mentorplatform.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jetty.ee10.webapp.Configuration;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;

/**
 * Lets Jetty scan every jar on the class path, including those the runnable jar names in its manifest
 * {@code Class-Path}. Jetty only reads {@code java.class.path}, which under {@code java -jar} holds the
 * console jar alone; Vaadin's initializers need to find classes in its own jars (e.g. its
 * {@code LookupInitializer}) or the servlet never starts.
 */
public final class ClasspathJarsConfiguration extends MetaInfConfiguration {

    private static final String MANIFEST = "META-INF/MANIFEST.MF";

    /** Public and without arguments: Jetty also finds it through {@code ServiceLoader}. */
    public ClasspathJarsConfiguration() {
        super();
    }

    @Override
    public Class<? extends Configuration> replaces() {
        return MetaInfConfiguration.class;
    }

    @Override
    protected List<URI> getAllContainerJars(WebAppContext context) {
        Set<URI> jars = new LinkedHashSet<>(super.getAllContainerJars(context));
        jars.addAll(jarsWithManifest(ClasspathJarsConfiguration.class.getClassLoader()));
        jars.removeAll(onJavaClassPath());
        return new ArrayList<>(jars);
    }

    /** Jetty adds these itself. */
    private static Set<URI> onJavaClassPath() {
        Set<URI> entries = new LinkedHashSet<>();
        for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                entries.add(Path.of(entry).toAbsolutePath().normalize().toUri());
            }
        }
        return entries;
    }

    private static List<URI> jarsWithManifest(ClassLoader loader) {
        try {
            List<URI> jars = new ArrayList<>();
            for (URL manifest : Collections.list(loader.getResources(MANIFEST))) {
                String url = manifest.toString();
                if (url.startsWith("jar:file:") && url.endsWith("!/" + MANIFEST)) {
                    URI jar = URI.create(url.substring("jar:".length(), url.length() - MANIFEST.length() - 2));
                    jars.add(Path.of(jar).toAbsolutePath().normalize().toUri());
                }
            }
            return jars;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the jars on the class path", e);
        }
    }
}
