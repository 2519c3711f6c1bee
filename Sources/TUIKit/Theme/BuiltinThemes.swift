/// The themes shipped in `themes/`, built into the program so it runs from anywhere.
/// A test checks that these texts and the files are the same.
public enum BuiltinThemes {
    public static let names = ["default", "light", "high-contrast", "monochrome"]

    public static func text(_ name: String) -> String? {
        switch name {
        case "default": return defaultText
        case "light": return lightText
        case "high-contrast": return highContrastText
        case "monochrome": return monochromeText
        default: return nil
        }
    }

    static let defaultText = #"""
        # Tillit theme: default (dark). Each line is "role = colour [on colour] [attributes]".
        # Colours: default, a name (black red green yellow blue magenta cyan white, bright-...),
        # #rrggbb, or 0-255. Attributes: bold dim underline reverse italic.
        # Copy this file, change what you like, and start Tillit with --theme PATH.
        name = default

        text = default
        dim = #8a8a8a
        border = #4e5a66
        border.focused = #87afd7 bold
        title = #a8a8a8
        title.focused = #ffd787 bold
        selection = #1c1c1c on #87afd7
        selection.dim = default on #3a3a3a
        header = #d7af87 bold

        status.bar = #d0d0d0 on #303030
        status.key = #ffd787 on #303030 bold
        status.message = #afd7af on #303030
        error = #ff8787 bold
        warning = #ffd75f
        prompt = #87d7ff bold
        input = default on #262626 underline
        tab = #8a8a8a
        tab.active = #ffd787 bold underline

        overlay = default on #1c1c1c
        overlay.border = #87afd7 on #1c1c1c bold
        help.key = #ffd787 on #1c1c1c bold
        section = #87afd7 bold
        read.only = #d7af87 italic
        match = #1c1c1c on #ffd75f

        note.strength = #87d787
        note.result = #87afd7
        note.observation = default
        note.challenge = #ffaf5f
        note.question = #d7afff
        note.answer = #afd7d7
        note.decision = #ffd787 bold
        action.open = #ffaf5f
        action.done = #87d787
        timer = #afafaf
        timer.over = #ff8787 bold

        wheel.ring = #4e5a66
        wheel.phase.1 = #1c1c1c on #5f87af
        wheel.phase.2 = #1c1c1c on #87af87
        wheel.phase.3 = #1c1c1c on #d7af5f
        wheel.phase.4 = #1c1c1c on #af87af
        wheel.phase.5 = #1c1c1c on #5fafaf
        wheel.today = #ff8787 bold
        wheel.event = #ffffff bold
        wheel.selected = #1c1c1c on #ffd787 bold
        wheel.month = #bcbcbc
        wheel.center = #ffd787 bold
        """#

    static let lightText = #"""
        # Tillit theme: light, for terminals with a light background.
        name = light

        text = default
        dim = #6c6c6c
        border = #a8a8a8
        border.focused = #005f87 bold
        title = #585858
        title.focused = #870000 bold
        selection = #ffffff on #005f87
        selection.dim = default on #d0d0d0
        header = #875f00 bold

        status.bar = #262626 on #d0d0d0
        status.key = #870000 on #d0d0d0 bold
        status.message = #005f00 on #d0d0d0
        error = #af0000 bold
        warning = #875f00 bold
        prompt = #005f87 bold
        input = default on #e4e4e4 underline
        tab = #6c6c6c
        tab.active = #870000 bold underline

        overlay = default on #eeeeee
        overlay.border = #005f87 on #eeeeee bold
        help.key = #870000 on #eeeeee bold
        section = #005f87 bold
        read.only = #875f00 italic
        match = #000000 on #ffd75f

        note.strength = #005f00
        note.result = #005f87
        note.observation = default
        note.challenge = #af5f00
        note.question = #5f00af
        note.answer = #005f5f
        note.decision = #870000 bold
        action.open = #af5f00
        action.done = #005f00
        timer = #585858
        timer.over = #af0000 bold

        wheel.ring = #a8a8a8
        wheel.phase.1 = #000000 on #afd7ff
        wheel.phase.2 = #000000 on #afd7af
        wheel.phase.3 = #000000 on #ffd7af
        wheel.phase.4 = #000000 on #d7afd7
        wheel.phase.5 = #000000 on #afd7d7
        wheel.today = #af0000 bold
        wheel.event = #000000 bold
        wheel.selected = #ffffff on #005f87 bold
        wheel.month = #444444
        wheel.center = #870000 bold
        """#

    static let highContrastText = #"""
        # Tillit theme: high contrast, for projectors and low vision.
        name = high-contrast

        text = bright-white on black
        dim = white on black
        border = white on black
        border.focused = bright-yellow on black bold
        title = bright-white on black bold
        title.focused = bright-yellow on black bold underline
        selection = black on bright-yellow bold
        selection.dim = black on white
        header = bright-cyan on black bold

        status.bar = black on bright-white
        status.key = black on bright-white bold underline
        status.message = black on bright-white bold
        error = bright-white on red bold
        warning = black on bright-yellow bold
        prompt = bright-cyan on black bold
        input = bright-white on blue bold
        tab = white on black
        tab.active = bright-yellow on black bold underline

        overlay = bright-white on black
        overlay.border = bright-yellow on black bold
        help.key = bright-yellow on black bold
        section = bright-cyan on black bold underline
        read.only = bright-yellow on black bold
        match = black on bright-cyan bold

        note.strength = bright-green on black bold
        note.result = bright-cyan on black
        note.observation = bright-white on black
        note.challenge = bright-yellow on black
        note.question = bright-magenta on black bold
        note.answer = bright-white on black
        note.decision = bright-yellow on black bold underline
        action.open = bright-yellow on black bold
        action.done = bright-green on black
        timer = bright-white on black
        timer.over = bright-white on red bold

        wheel.ring = white on black
        wheel.phase.1 = black on bright-cyan
        wheel.phase.2 = black on bright-green
        wheel.phase.3 = black on bright-yellow
        wheel.phase.4 = black on bright-magenta
        wheel.phase.5 = black on bright-white
        wheel.today = bright-red on black bold
        wheel.event = bright-white on black bold
        wheel.selected = black on bright-yellow bold underline
        wheel.month = bright-white on black
        wheel.center = bright-yellow on black bold
        """#

    static let monochromeText = #"""
        # Tillit theme: monochrome. Used when NO_COLOR is set or the terminal has no colours:
        # bold, reverse, underline and dim only.
        name = monochrome

        text = default
        dim = dim
        border = dim
        border.focused = bold
        title = dim
        title.focused = bold underline
        selection = reverse
        selection.dim = underline
        header = bold

        status.bar = reverse
        status.key = reverse bold
        status.message = reverse
        error = bold underline
        warning = bold
        prompt = bold
        input = underline
        tab = dim
        tab.active = bold underline

        overlay = default
        overlay.border = bold
        help.key = bold
        section = bold underline
        read.only = italic
        match = reverse underline

        note.strength = bold
        note.result = default
        note.observation = default
        note.challenge = underline
        note.question = italic
        note.answer = default
        note.decision = bold
        action.open = bold
        action.done = dim
        timer = dim
        timer.over = bold reverse

        wheel.ring = dim
        wheel.phase.1 = reverse
        wheel.phase.2 = dim reverse
        wheel.phase.3 = reverse
        wheel.phase.4 = dim reverse
        wheel.phase.5 = reverse
        wheel.today = bold underline
        wheel.event = bold
        wheel.selected = bold underline
        wheel.month = default
        wheel.center = bold
        """#
}

extension Theme {
    /// A built-in theme by name (on top of the default theme).
    public static func builtin(_ name: String) -> Theme? {
        guard let text = BuiltinThemes.text(name) else { return nil }
        return try? parse(text, file: "\(name).theme", base: name == "default" ? nil : builtinDefault).get()
    }

    /// The default theme; every role has a style in it.
    public static var builtinDefault: Theme {
        // The shipped default theme is checked by the tests, so this cannot fail.
        try! parse(BuiltinThemes.defaultText, file: "default.theme", base: nil).get()
    }
}
