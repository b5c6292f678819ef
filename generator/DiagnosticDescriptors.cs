using System;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using NotesDataset.Parsing;

namespace NotesDataset.Generator
{
    /// <summary>
    /// A Roslyn descriptor for every rule in <see cref="NotesRules"/> (ids written out so the analyzer release
    /// tracking can check them; a test keeps them in step with the rules). Diagnostics are created only at the output step.
    /// </summary>
    internal static class DiagnosticDescriptors
    {
        private const string Category = "NotesDataset";

        public static readonly DiagnosticDescriptor MisspeltConference = new DiagnosticDescriptor("NOTES001", NotesRules.MisspeltConference.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingYear = new DiagnosticDescriptor("NOTES002", NotesRules.MissingYear.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NoHeading = new DiagnosticDescriptor("NOTES003", NotesRules.NoHeading.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor Prose = new DiagnosticDescriptor("NOTES004", NotesRules.Prose.Title, "{0}", Category, DiagnosticSeverity.Info, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EmptyTitle = new DiagnosticDescriptor("NOTES005", NotesRules.EmptyTitle.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor EmptySpeaker = new DiagnosticDescriptor("NOTES006", NotesRules.EmptySpeaker.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor ControlCharacters = new DiagnosticDescriptor("NOTES007", NotesRules.ControlCharacters.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor NotText = new DiagnosticDescriptor("NOTES008", NotesRules.NotText.Title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor MissingRuntime = new DiagnosticDescriptor("NOTES009", NotesRules.MissingRuntime.Title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidClassName = new DiagnosticDescriptor("NOTES010", NotesRules.InvalidClassName.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor InvalidNamespace = new DiagnosticDescriptor("NOTES011", NotesRules.InvalidNamespace.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor DuplicateClassName = new DiagnosticDescriptor("NOTES012", NotesRules.DuplicateClassName.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor GeneratorFailure = new DiagnosticDescriptor("NOTES013", NotesRules.GeneratorFailure.Title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor Undecodable = new DiagnosticDescriptor("NOTES015", NotesRules.Undecodable.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor CloseConferenceNames = new DiagnosticDescriptor("NOTES017", NotesRules.CloseConferenceNames.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor RepeatedHeading = new DiagnosticDescriptor("NOTES018", NotesRules.RepeatedHeading.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor TooMuchInlineText = new DiagnosticDescriptor("NOTES019", NotesRules.TooMuchInlineText.Title, "{0}", Category, DiagnosticSeverity.Error, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor SessionAsSpeaker = new DiagnosticDescriptor("NOTES022", NotesRules.SessionAsSpeaker.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor HidesType = new DiagnosticDescriptor("NOTES024", NotesRules.HidesType.Title, "{0}", Category, DiagnosticSeverity.Warning, isEnabledByDefault: true);

        public static readonly DiagnosticDescriptor[] All = { MisspeltConference, MissingYear, NoHeading, Prose, EmptyTitle, EmptySpeaker, ControlCharacters, NotText, MissingRuntime, InvalidClassName, InvalidNamespace, DuplicateClassName, GeneratorFailure, Undecodable, CloseConferenceNames, RepeatedHeading, TooMuchInlineText, SessionAsSpeaker, HidesType };

        private static readonly Dictionary<string, DiagnosticDescriptor> ById = Index();

        private static Dictionary<string, DiagnosticDescriptor> Index()
        {
            var result = new Dictionary<string, DiagnosticDescriptor>();
            foreach (DiagnosticDescriptor d in All) result[d.Id] = d;
            return result;
        }

        public static Diagnostic Create(DiagnosticInfo info)
        {
            // Clamped, so that a location the parser got wrong is a wrong location, never an exception that stops the generator.
            int line = Math.Max(0, info.Line - 1), column = Math.Max(0, info.Column - 1);
            var start = new LinePosition(line, column);
            var end = new LinePosition(line, column + Math.Max(0, info.Length));
            Location location = Location.Create(info.Path, new TextSpan(Math.Max(0, info.Start), Math.Max(0, info.Length)), new LinePositionSpan(start, end));
            return Diagnostic.Create(ById[info.Id], location, info.Message);
        }
    }
}
