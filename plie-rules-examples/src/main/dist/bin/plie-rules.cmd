@echo off
rem plie-rules launcher: runs the command line from the lib\ folder beside this bin\ folder.
rem Needs Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem JAVA_OPTS passes options to the JVM (for instance set JAVA_OPTS=-Xmx2g); unless GC is
rem mentioned there, the parallel collector is used (see below).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java"
)
rem The parallel collector unless the options the JVM reads (JAVA_OPTS, JDK_JAVA_OPTIONS,
rem JAVA_TOOL_OPTIONS) mention GC: see the shell launcher beside this one and
rem docs/performance.md, "Third round". Delayed expansion, so that no character of the options
rem is parsed as a command; this comparison ignores case.
set "COLLECTOR=-XX:+UseParallelGC"
setlocal EnableDelayedExpansion
set "JVM_OPTIONS=!JAVA_OPTS! !JDK_JAVA_OPTIONS! !JAVA_TOOL_OPTIONS!"
if not "!JVM_OPTIONS:GC=!"=="!JVM_OPTIONS!" (
  endlocal
  set "COLLECTOR="
) else (
  endlocal
)
"%JAVA_CMD%" %COLLECTOR% %JAVA_OPTS% -cp "%APP_HOME%\lib\*" fr.plie.rules.examples.PlieRulesCli %*
exit /b %ERRORLEVEL%
