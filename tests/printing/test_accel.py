"""ReportLab's C accelerator is installed with the program (``reportlab[accel]``): without it
string widths and number formatting run in pure Python and every PDF takes longer."""

import types

from reportlab.lib import rl_accel


def test_reportlab_uses_its_c_accelerator():
    assert isinstance(rl_accel.instanceStringWidthTTF, types.BuiltinFunctionType)
    assert isinstance(rl_accel.fp_str, types.BuiltinFunctionType)
