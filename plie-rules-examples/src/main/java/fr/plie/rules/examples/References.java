package fr.plie.rules.examples;

import fr.plie.rules.model.EntryApplication;
import fr.plie.rules.model.ExitCase;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Random;
import java.util.function.Function;

/**
 * The plain-Java references of the rules and the seeded input generators the benchmarks use. They
 * are test code of plie-rules-core ({@code ReferenceEntryCriteria}, {@code ReferenceExitRoutes},
 * {@code EntryApplicationGenerator}, {@code ExitCaseGenerator}), shipped in the command line's
 * {@code lib/} as the core's test jar and found at run time only: the command line compiles
 * without them, so {@code ./mvnw compile} and {@code ./mvnw test} need no packaged test jar.
 */
final class References {
  private References() {}

  /** The references' classes are not on the class path (a build without the core's test jar). */
  static final class Missing extends Exception {
    private static final long serialVersionUID = 1L;

    Missing(Throwable cause) {
      super("the plain-Java references (plie-rules-core's test jar) are not on the class path",
          cause);
    }
  }

  static Function<EntryApplication, Object> entryReference() throws Missing {
    return function(handle("fr.plie.rules.criteria.ReferenceEntryCriteria", "decide",
        EntryApplication.class));
  }

  static Function<ExitCase, Object> exitReference() throws Missing {
    return function(handle("fr.plie.rules.exit.ReferenceExitRoutes", "decide", ExitCase.class));
  }

  static Function<Random, EntryApplication> entryGenerator() throws Missing {
    return function(handle("fr.plie.rules.criteria.EntryApplicationGenerator", "valid",
        Random.class));
  }

  static Function<Random, ExitCase> exitGenerator() throws Missing {
    return function(handle("fr.plie.rules.exit.ExitCaseGenerator", "valid", Random.class));
  }

  private static MethodHandle handle(String className, String method, Class<?> parameter)
      throws Missing {
    try {
      Class<?> type = Class.forName(className, true, References.class.getClassLoader());
      return MethodHandles.publicLookup().findStatic(type, method,
          MethodType.methodType(type.getMethod(method, parameter).getReturnType(), parameter));
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new Missing(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T, R> Function<T, R> function(MethodHandle handle) {
    return input -> {
      try {
        return (R) handle.invoke(input);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    };
  }
}
