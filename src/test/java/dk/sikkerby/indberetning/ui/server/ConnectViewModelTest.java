package dk.sikkerby.indberetning.ui.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.sikkerby.indberetning.i18n.Messages;
import dk.sikkerby.indberetning.persistence.ServerAddress;
import dk.sikkerby.indberetning.ui.server.ConnectViewModel.ServerChoice;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The connect dialog's fields without a screen: what was remembered, each field's one sentence, the choice. */
class ConnectViewModelTest {

    private final Messages danish = Messages.forLocale(Messages.DANISH);

    @Test
    void itStartsFromWhatWasRememberedAndGivesTheServerAndLogin() {
        ConnectViewModel model = new ConnectViewModel(danish,
                ServerAddress.parse("jdbc:postgresql://db.kk.dk:6543/sikkerby"), Optional.of("karen"));
        assertEquals("db.kk.dk", model.hostProperty().get());
        assertEquals("6543", model.portProperty().get());
        assertEquals("sikkerby", model.databaseProperty().get());
        assertEquals("karen", model.loginProperty().get());
        assertTrue(model.validProperty().get());
        assertEquals(Optional.of(new ServerChoice(new ServerAddress("db.kk.dk", 6543, "sikkerby"), "karen")),
                model.choice());
    }

    @Test
    void aFreshDialogAsksForTheServerFirstWithTheUsualPort() {
        ConnectViewModel model = new ConnectViewModel(danish, Optional.empty(), Optional.empty());
        assertEquals("5432", model.portProperty().get());
        assertEquals("Skriv serverens navn eller adresse (fx db.kk.dk).", model.problemProperty().get());
        assertFalse(model.validProperty().get());
        assertEquals(Optional.empty(), model.choice());
        model.hostProperty().set(" db.kk.dk ");
        assertEquals("Skriv databasens navn: bogstaver, tal, _ og -, og det begynder med et bogstav.",
                model.problemProperty().get());
        model.databaseProperty().set("sikkerby");
        assertEquals("Skriv dit serverlogin.", model.problemProperty().get());
        model.loginProperty().set("karen");
        assertEquals("", model.problemProperty().get());
        assertEquals("jdbc:postgresql://db.kk.dk:5432/sikkerby", model.choice().orElseThrow().address().jdbcUrl());
    }

    @Test
    void eachWrongFieldIsSaidInOneSentenceInTheUsersLanguage() {
        ConnectViewModel model = new ConnectViewModel(Messages.forLocale(java.util.Locale.ENGLISH),
                ServerAddress.parse("jdbc:postgresql://db.kk.dk/sikkerby"), Optional.of("karen"));
        model.portProperty().set("70000");
        assertEquals("The port is a number from 1 to 65535 (usually 5432).", model.problemProperty().get());
        model.portProperty().set("5432");
        model.hostProperty().set("db kk dk");
        assertEquals("Type the server’s name or address (for example db.city.dk).", model.problemProperty().get());
        model.hostProperty().set("db.kk.dk");
        model.databaseProperty().set("1sikkerby");
        assertEquals("Type the database’s name: letters, digits, _ and -, starting with a letter.",
                model.problemProperty().get());
        model.databaseProperty().set("sikkerby");
        model.loginProperty().set("  ");
        assertFalse(model.validProperty().get());
    }
}
