@echo off
rem The command line from a build (mvnw package), started as fast as it can be (issue 19, decision 1900):
rem the runnable jar with the class-data-sharing archive the build trained for it (target\sikkerby-cli.jsa),
rem C1 only and the serial collector. Same commands and options as java -jar target\sikkerby.jar.
for %%I in ("%~dp0..") do set "SIKKERBY_HOME=%%~fI"
java -XX:SharedArchiveFile="%SIKKERBY_HOME%\target\sikkerby-cli.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off ^
  -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:-UsePerfData -XX:MetaspaceSize=64m -jar "%SIKKERBY_HOME%\target\sikkerby.jar" %*
