package byline.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the one-way flow: corpus → retrieval → answer → front ends, and front ends apart. */
@AnalyzeClasses(packages = "byline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule core_knows_no_chat_platform = noClasses()
            .that().resideInAnyPackage("byline.corpus..", "byline.retrieval..", "byline.answer..")
            .should().dependOnClassesThat().resideInAnyPackage("com.slack..", "net.dv8tion..", "jakarta.servlet..",
                    "org.eclipse.jetty..", "org.jline..", "picocli..", "byline.bot..", "byline.config..");

    @ArchTest
    static final ArchRule corpus_knows_nothing_of_search = noClasses()
            .that().resideInAPackage("byline.corpus..")
            .should().dependOnClassesThat().resideInAnyPackage("byline.retrieval..", "byline.answer..",
                    "org.apache.lucene..", "dev.langchain4j..");

    @ArchTest
    static final ArchRule front_ends_talk_to_the_answer_port_not_retrieval = noClasses()
            .that().resideInAPackage("byline.bot..")
            .should().dependOnClassesThat().resideInAnyPackage("byline.retrieval..", "org.apache.lucene..",
                    "dev.langchain4j..");

    @ArchTest
    static final ArchRule answer_stages_see_the_retrieval_ports_not_the_index = noClasses()
            .that().resideInAPackage("byline.answer..")
            .should().dependOnClassesThat().haveFullyQualifiedName("byline.retrieval.Index")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("byline.retrieval.IndexBuilder");

    @ArchTest
    static final ArchRule slack_and_discord_stay_apart = noClasses()
            .that().resideInAPackage("byline.bot.slack..")
            .should().dependOnClassesThat().resideInAnyPackage("byline.bot.discord..", "net.dv8tion..");

    @ArchTest
    static final ArchRule discord_and_slack_stay_apart = noClasses()
            .that().resideInAPackage("byline.bot.discord..")
            .should().dependOnClassesThat().resideInAnyPackage("byline.bot.slack..", "com.slack..");
}
