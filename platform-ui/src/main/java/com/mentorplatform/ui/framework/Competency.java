package com.mentorplatform.ui.framework;

import java.util.List;

/** A competency of the framework; {@code levelDescriptors.get(0)} describes level 1 of 5. */
record Competency(String id, String name, String category, String description, List<String> levelDescriptors) {}
