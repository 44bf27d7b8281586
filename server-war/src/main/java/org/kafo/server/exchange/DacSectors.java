package org.kafo.server.exchange;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kafo.model.common.Sector;

/**
 * Kafo's sector codes (those the PACT rule book labels) read as OECD DAC 5-digit purpose codes (IATI
 * sector vocabulary 1); a sector shared by several frameworks' actions adds up under its code:
 *
 * <table>
 * <caption>Kafo sector to DAC purpose code</caption>
 * <tr><th>Kafo sector</th><th>DAC code</th><th>DAC name</th></tr>
 * <tr><td>{@code small-scale-irrigation}</td><td>31140</td><td>Agricultural water resources</td></tr>
 * <tr><td>{@code market-gardening}</td><td>31161</td><td>Food crop production</td></tr>
 * <tr><td>{@code fishing}</td><td>31320</td><td>Fishery development</td></tr>
 * <tr><td>{@code rice}</td><td>31161</td><td>Food crop production</td></tr>
 * <tr><td>{@code livestock}</td><td>31163</td><td>Livestock</td></tr>
 * <tr><td>{@code shea-processing}</td><td>32161</td><td>Agro-industries</td></tr>
 * <tr><td>{@code microfinance}</td><td>24040</td><td>Informal/semi-formal financial intermediaries</td></tr>
 * <tr><td>{@code health}</td><td>12220</td><td>Basic health care</td></tr>
 * <tr><td>any other (a rule pack's own sectors)</td><td>43040</td><td>Rural development</td></tr>
 * </table>
 */
final class DacSectors {

    /** A DAC 5-digit purpose code with its names in French and English. */
    record Purpose(String code, String english, String french) {

        String name(Locale locale) {
            return locale.getLanguage().equals("fr") ? french : english;
        }
    }

    static final Purpose RURAL_DEVELOPMENT = new Purpose("43040", "Rural development", "Développement rural");

    private static final Purpose FOOD_CROPS = new Purpose("31161", "Food crop production",
            "Production de cultures vivrières");

    private static final Map<String, Purpose> BY_SECTOR = Map.of(
            "small-scale-irrigation", new Purpose("31140", "Agricultural water resources",
                    "Ressources en eau à usage agricole"),
            "market-gardening", FOOD_CROPS,
            "fishing", new Purpose("31320", "Fishery development", "Développement de la pêche"),
            "rice", FOOD_CROPS,
            "livestock", new Purpose("31163", "Livestock", "Élevage"),
            "shea-processing", new Purpose("32161", "Agro-industries", "Agro-industries"),
            "microfinance", new Purpose("24040", "Informal/semi-formal financial intermediaries",
                    "Intermédiaires financiers du secteur informel et semi-formel"),
            "health", new Purpose("12220", "Basic health care", "Soins et services de santé de base"));

    private DacSectors() {
    }

    /** The purpose a sector is read as: its own, or rural development for a sector the table does not name. */
    static Purpose of(Sector sector) {
        return BY_SECTOR.getOrDefault(sector.code(), RURAL_DEVELOPMENT);
    }

    /** The sectors the table names. */
    static List<String> mapped() {
        return BY_SECTOR.keySet().stream().sorted().toList();
    }
}
