@echo off
rem egovera launcher: runs the command line with the jars beside this script.
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (set "JAVA_CMD=%JAVA_HOME%\bin\java.exe") else (set "JAVA_CMD=java")
"%JAVA_CMD%" %EGOVERA_JAVA_OPTS% -cp "%APP_HOME%\lib\*" org.egovera.cli.Egovera %*
exit /b %ERRORLEVEL%
