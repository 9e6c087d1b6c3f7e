@echo off
rem plie-rules launcher: runs the command line from the lib\ folder beside this bin\ folder.
rem Needs Java 17 or later: %JAVA_HOME%\bin\java.exe when JAVA_HOME is set, else java on the PATH.
rem JAVA_OPTS passes options to the JVM (for instance set JAVA_OPTS=-Xmx2g).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVA_CMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_CMD=java"
)
"%JAVA_CMD%" %JAVA_OPTS% -cp "%APP_HOME%\lib\*" fr.plie.rules.examples.PlieRulesCli %*
exit /b %ERRORLEVEL%
