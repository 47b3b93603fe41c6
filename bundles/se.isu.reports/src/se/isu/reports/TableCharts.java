package se.isu.reports;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.eclipse.birt.chart.device.IDeviceRenderer;
import org.eclipse.birt.chart.exception.ChartException;
import org.eclipse.birt.chart.factory.GeneratedChartState;
import org.eclipse.birt.chart.factory.Generator;
import org.eclipse.birt.chart.model.ChartWithAxes;
import org.eclipse.birt.chart.model.attribute.AxisType;
import org.eclipse.birt.chart.model.attribute.Position;
import org.eclipse.birt.chart.model.attribute.impl.BoundsImpl;
import org.eclipse.birt.chart.model.attribute.impl.ColorDefinitionImpl;
import org.eclipse.birt.chart.model.component.Axis;
import org.eclipse.birt.chart.model.component.Series;
import org.eclipse.birt.chart.model.component.impl.SeriesImpl;
import org.eclipse.birt.chart.model.data.SeriesDefinition;
import org.eclipse.birt.chart.model.data.impl.NumberDataElementImpl;
import org.eclipse.birt.chart.model.data.impl.NumberDataSetImpl;
import org.eclipse.birt.chart.model.data.impl.SeriesDefinitionImpl;
import org.eclipse.birt.chart.model.data.impl.TextDataSetImpl;
import org.eclipse.birt.chart.model.impl.ChartWithAxesImpl;
import org.eclipse.birt.chart.model.type.BarSeries;
import org.eclipse.birt.chart.model.type.impl.BarSeriesImpl;
import org.eclipse.birt.chart.util.PluginSettings;

import se.isu.core.compile.Cell;
import se.isu.core.compile.CompiledTable;

/**
 * A compilation as a bar chart (BIRT's chart engine, drawn to PNG): one group of bars per row, one bar per column.
 * Only figures that may be shown are drawn; a hidden cell leaves a gap, never a bar of its true size.
 */
public final class TableCharts {

	private TableCharts() {
	}

	/** The chart as PNG, {@code width} × {@code height} pixels. */
	public static byte[] barChartPng(CompiledTable table, int width, int height) {
		// the chart engine creates Rhino contexts (and leaves one on the thread): the sandbox must be on first
		se.isu.reports.internal.ScriptSandbox.ensureInstalled();
		ChartWithAxes chart = chart(table);
		try {
			IDeviceRenderer renderer = PluginSettings.instance().getDevice("dv.PNG");
			try {
				ByteArrayOutputStream png = new ByteArrayOutputStream();
				renderer.setProperty(IDeviceRenderer.FILE_IDENTIFIER, png);
				renderer.setProperty(IDeviceRenderer.DPI_RESOLUTION, 96);
				// The chart engine measures in points (1/72 inch).
				var bounds = BoundsImpl.create(0, 0, width * 72.0 / 96, height * 72.0 / 96);
				Generator generator = Generator.instance();
				GeneratedChartState state = generator.build(renderer.getDisplayServer(), chart, bounds, null, null, null);
				generator.render(renderer, state);
				return png.toByteArray();
			} finally {
				renderer.dispose();
			}
		} catch (ChartException e) {
			throw new ReportException("Drawing the chart failed: " + e.getMessage(), e);
		}
	}

	static ChartWithAxes chart(CompiledTable table) {
		ChartWithAxes chart = ChartWithAxesImpl.create();
		// PNG is transparent by default; a white block reads the same on screen, in files and in print.
		chart.getBlock().setBackground(ColorDefinitionImpl.WHITE());
		chart.setType("Bar Chart");
		chart.setSubType("Side-by-side");
		chart.getTitle().getLabel().getCaption().setValue(table.title());
		chart.getTitle().getLabel().getCaption().getFont().setSize(11);
		chart.getLegend().setVisible(table.columns().size() > 1);
		chart.getLegend().setPosition(Position.BELOW_LITERAL);

		Axis categories = chart.getPrimaryBaseAxes()[0];
		categories.setType(AxisType.TEXT_LITERAL);
		categories.getLabel().getCaption().getFont().setSize(8);
		categories.getLabel().getCaption().getFont().setRotation(table.rows().size() > 6 ? 45 : 0);
		Axis values = chart.getPrimaryOrthogonalAxis(categories);
		values.setType(AxisType.LINEAR_LITERAL);
		values.getLabel().getCaption().getFont().setSize(8);
		values.getMajorGrid().getLineAttributes().setVisible(true);
		// Bars start at zero: a bar twice as long must mean twice as many.
		values.getScale().setMin(NumberDataElementImpl.create(0));

		Series base = SeriesImpl.create();
		base.setDataSet(TextDataSetImpl.create(table.rows().stream().map(CompiledTable.Header::label).toArray(String[]::new)));
		SeriesDefinition baseDefinition = SeriesDefinitionImpl.create();
		baseDefinition.getSeries().add(base);
		categories.getSeriesDefinitions().add(baseDefinition);

		SeriesDefinition valueDefinition = SeriesDefinitionImpl.create();
		values.getSeriesDefinitions().add(valueDefinition);
		for (int c = 0; c < table.columns().size(); c++) {
			BarSeries bars = (BarSeries) BarSeriesImpl.create();
			bars.setSeriesIdentifier(table.columns().get(c).label());
			bars.setDataSet(NumberDataSetImpl.create(column(table.cells(), c)));
			bars.getLabel().setVisible(false);
			valueDefinition.getSeries().add(bars);
		}
		return chart;
	}

	/** The shown values of one column; {@code null} (a gap) where a figure is hidden or too uncertain. */
	static Double[] column(List<List<Cell>> cells, int column) {
		Double[] values = new Double[cells.size()];
		for (int r = 0; r < cells.size(); r++) {
			Cell cell = cells.get(r).get(column);
			values[r] = cell.visible() ? cell.value() : null;
		}
		return values;
	}
}
