# Sourced by run.sh and the start-time and benchmark scripts: which Java runs the API, and how it keeps
# what one start learned for the next.
#
# The API is compiled for Java 17 and runs on any later Java. Where a Java 25 is installed (PLATFORM_API_JAVA
# names one explicitly; otherwise the first found under /usr/lib/jvm) the API runs on it, because Java 25's
# ahead-of-time cache holds the classes of an earlier run already loaded and linked, and its method
# profiles, where Java 17's class-data archive only holds them parsed: the start to healthy drops from
# about 3.8 s to 1.5 (README, Benchmarks).

api_java="${PLATFORM_API_JAVA:-}"
if [[ -z $api_java ]]; then
  for candidate in /usr/lib/jvm/*25*/bin/java; do
    [[ -x $candidate ]] && { api_java="$candidate"; break; }
  done
fi
api_java="${api_java:-java}"

# The feature release of $api_java (17, 21, 25, ...).
api_java_release() {
  "$api_java" -XshowSettings:properties -version 2>&1 | awk -F' = ' '/java.specification.version/ {print $2}'
}

# api_start_cache <cache file without extension>: the JVM options that use the cache when it exists and
# record it when this run stops (an archive fits one jar exactly: delete it when the jar changes).
api_start_cache() {
  if (( $(api_java_release) >= 25 )); then
    if [[ -s $1.aot ]]; then echo "-XX:AOTCache=$1.aot"; else echo "-XX:AOTCacheOutput=$1.aot"; fi
  else
    if [[ -s $1.jsa ]]; then echo "-XX:SharedArchiveFile=$1.jsa"; else echo "-XX:ArchiveClassesAtExit=$1.jsa"; fi
  fi
}
