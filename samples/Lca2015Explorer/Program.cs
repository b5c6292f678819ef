using NotesDataset;

// All talks by Rusty Russell, with the day they were on.
foreach (Talk talk in Lca2015.Talks.Where(t => t.Speakers.Any(s => s.Name == "Rusty Russell")))
{
    Console.WriteLine($"{talk.Title} – {talk.Day.Label}");
}

// Named members, with the talk in their XML docs.
Console.WriteLine(Lca2015.Day5.Session3.NoOpsWithAnsibleAndPuppet.Speakers[0].Name);

// The speaker index.
Speaker donna = Lca2015.People.DonnaBenjamin;
Console.WriteLine($"{donna.Name}: {donna.Talks.Count} talks");
