package com.mentorplatform.ui.framework;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Where an editor tab reads and writes its items: {@code save} gets the original (null for a new item) and the
 * form's draft, and answers what the API saved. Each call may throw the API's problem.
 */
record EditorStore<T, D>(Supplier<List<T>> list, BiFunction<T, D, T> save, Consumer<T> delete) {}
