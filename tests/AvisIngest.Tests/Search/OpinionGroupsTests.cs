using AvisIngest.Search;

namespace AvisIngest.Tests.Search;

public class OpinionGroupsTests
{
    [Fact]
    public void Counts_come_most_frequent_first_then_in_french_alphabetical_order()
    {
        var sorted = OpinionGroups.Sorted([
            KeyValuePair.Create("ATLAS", 1), KeyValuePair.Create("Région Hauts-de-France", 3), KeyValuePair.Create("Éduc'Actions", 1),
            KeyValuePair.Create("Agence nationale du Sport", 1), KeyValuePair.Create("Euratechnologies", 1), KeyValuePair.Create("Aucune", 0),
        ]);
        Assert.Equal(["Région Hauts-de-France", "Agence nationale du Sport", "ATLAS", "Éduc'Actions", "Euratechnologies"], sorted.Keys);
    }
}
