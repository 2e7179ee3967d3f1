/**
 * What both imports share (decision 0602): the appendix importer ({@code service.importer}, a text
 * file) and the returned department workbooks ({@code service.offline}, an xlsx file) report
 * {@link dk.sikkerby.indberetning.service.importcore.Finding findings} of one kind, describe a stored
 * submission beside the file's with typed {@link dk.sikkerby.indberetning.service.importcore.FieldChange
 * field changes}, and decide a row's fate by one {@link dk.sikkerby.indberetning.service.importcore.Comparison}.
 * Each pipeline keeps only what is its own: reading its file, placing initiatives (the appendix),
 * fingerprints and conflicts the user settles (the workbooks), and its own log table.
 */
package dk.sikkerby.indberetning.service.importcore;
