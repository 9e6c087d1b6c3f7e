@echo off
rem plie-rules launcher: runs the command line from the lib\ folder beside this bin\ folder.
rem Needs Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem JAVA_OPTS passes options to the JVM (for instance set JAVA_OPTS=-Xmx2g); without a collector
rem named there, the parallel collector is used (see below).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java"
)
rem The parallel collector unless JAVA_OPTS chooses one (any option naming "GC"): see the
rem shell launcher beside this one and docs/performance.md, "Third round".
set "COLLECTOR=-XX:+UseParallelGC"
echo(%JAVA_OPTS%| findstr /C:"GC" >nul && set "COLLECTOR="
"%JAVA_CMD%" %COLLECTOR% %JAVA_OPTS% -cp "%APP_HOME%\lib\*" fr.plie.rules.examples.PlieRulesCli %*
exit /b %ERRORLEVEL%
