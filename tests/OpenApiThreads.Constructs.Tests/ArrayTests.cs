using System.Text.Json;
using Constructs.Arrays;
using Xunit;

namespace OpenApiThreads.Constructs.Tests;

/// <summary>Specs/arrays.yaml: arrays of everything, inline schemas with stable unique names, and recursion.</summary>
public sealed class ArrayTests
{
    [Fact]
    public void Arrays_of_primitives_arrays_objects_and_unions_round_trip()
    {
        const string Json = """
            {"tags":["a","b"],"matrix":[[1,2],[],[3]],"books":[{"title":"T"}],"mixed":["s",{"title":"B"},17],
             "entries":[{"note":"n"}],"shelf":{"name":"top","location":{"room":"R1"}}}
            """;

        Library library = RoundTrip.Assert(Json, ArraysJsonContext.Default.Library);

        Assert.Equal(3, library.Matrix![2][0]);
        Assert.Equal("s", library.Mixed![0].AsString);
        Assert.Equal("B", library.Mixed[1].AsBook!.Title);
        Assert.True(library.Mixed[2].IsUnknown);
        Assert.Equal("R1", library.Shelf!.Location!.Room);
    }

    [Fact]
    public void Empty_arrays_round_trip()
    {
        RoundTrip.Assert("""{"tags":[],"books":[],"mixed":[]}""", ArraysJsonContext.Default.Library);
    }

    [Fact]
    public void Inline_schemas_are_named_after_their_place_and_never_take_a_component_name()
    {
        Assert.Equal(typeof(LibraryEntriesItem), typeof(Library).GetProperty(nameof(Library.Entries))!.PropertyType.GetGenericArguments()[0]);
        Assert.Equal(typeof(LibraryMixedItem), typeof(Library).GetProperty(nameof(Library.Mixed))!.PropertyType.GetGenericArguments()[0]);

        // The component "LibraryShelf" keeps its name; the inline "shelf" object moves aside.
        Assert.NotNull(typeof(LibraryShelf).GetProperty("Owner"));
        Assert.Equal(typeof(LibraryShelf2), typeof(Library).GetProperty(nameof(Library.Shelf))!.PropertyType);
        Assert.Equal(typeof(LibraryShelf2Location), typeof(LibraryShelf2).GetProperty(nameof(LibraryShelf2.Location))!.PropertyType);
    }

    [Fact]
    public void Recursive_schemas_round_trip()
    {
        const string Json = """
            {"value":"root","children":[{"value":"a","children":[{"value":"a1"}]},{"value":"b","parent":{"value":"root"}}]}
            """;

        TreeNode tree = RoundTrip.Assert(Json, ArraysJsonContext.Default.TreeNode);

        Assert.Equal("a1", tree.Children![0].Children![0].Value);
        Assert.Equal("root", tree.Children[1].Parent!.Value);
    }
}
